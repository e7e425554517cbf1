using IprArchive.Content;
using IprArchive.Search;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Search;

/// <summary>
/// The bundled site built once by <c>iprarchive build</c> (so the command's wiring of the
/// SearchIndex pipeline is under test too), shared by the search tests.
/// </summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    private readonly TempSite _temp = new();

    /// <summary>The built site.</summary>
    public string Output => Path.Combine(_temp.Root, "output");

    /// <summary>What the build printed.</summary>
    public CliResult Build { get; private set; } = null!;

    /// <summary>The bundled content, as the build read it.</summary>
    public ContentSet Content { get; } = ContentLoader.Load(RepositoryPaths.BundledInput);

    /// <summary>The Lucene index the build kept beside the output.</summary>
    public string IndexDirectory => SearchIndexLocation.For(Output);

    /// <inheritdoc/>
    public async Task InitializeAsync() =>
        Build = await CliRunner.RunAsync("build", "--input", RepositoryPaths.BundledInput, "--output", Output, "--theme", Path.Combine(RepositoryPaths.Root, "theme"));

    /// <summary>The absolute path of a site file.</summary>
    public string PathOf(string sitePath) => Path.Combine(Output, sitePath.TrimStart('/'));

    /// <summary>Runs <c>iprarchive search</c> against this site's index.</summary>
    public Task<CliResult> SearchAsync(params string[] args) => CliRunner.RunAsync(["search", .. args, "--index", Output]);

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Tests that share <see cref="SearchSiteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SearchSiteCollection : ICollectionFixture<SearchSiteFixture>
{
    public const string Name = "bundled site with search";
}
