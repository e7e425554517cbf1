using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IprArchive.Pipelines;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>A site built by the real builder into a temp folder, with helpers to read what a reader gets.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempSite _temp;

    private BuiltSite(TempSite temp, BuildResult result, string output)
    {
        _temp = temp;
        Result = result;
        Output = output;
    }

    /// <summary>The theme shipped with the repository.</summary>
    public static string Theme => Path.Combine(RepositoryPaths.Root, "theme");

    /// <summary>What the build returned.</summary>
    public BuildResult Result { get; }

    /// <summary>Full path of the output folder.</summary>
    public string Output { get; }

    /// <summary>Builds <paramref name="input"/> (a full path) into a fresh temp output folder.</summary>
    public static async Task<BuiltSite> BuildAsync(string input, string? basePath = null)
    {
        var temp = new TempSite();
        var output = Path.Combine(temp.Root, "output");
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            InputDirectory = input,
            OutputDirectory = output,
            ThemeDirectory = Theme,
            BasePath = basePath,
        });
        return new BuiltSite(temp, result, output);
    }

    /// <summary>Builds the input of fixture <c>tests/fixtures/{name}</c>.</summary>
    public static Task<BuiltSite> BuildFixtureAsync(string name, string? basePath = null) =>
        BuildAsync(Path.Combine(RepositoryPaths.Fixture(name), "input"), basePath);

    /// <summary>True when the output has the site file.</summary>
    public bool Has(string sitePath) => File.Exists(PathOf(sitePath));

    /// <summary>The text of a site file.</summary>
    public string Text(string sitePath) => File.ReadAllText(PathOf(sitePath));

    /// <summary>A page parsed as a browser would (<c>/a/b/</c> reads <c>a/b/index.html</c>).</summary>
    public IDocument Page(string url) =>
        Parser.ParseDocument(Text(url.EndsWith('/') ? url + "index.html" : url));

    /// <summary>Every HTML file of the output, as site paths.</summary>
    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'));

    /// <summary>The build's errors, one per line, for assertion messages.</summary>
    public string Problems => string.Join("\n", Result.Diagnostics);

    /// <inheritdoc/>
    public void Dispose() => _temp.Dispose();

    private string PathOf(string sitePath) => Path.Combine(Output, sitePath.TrimStart('/'));
}
