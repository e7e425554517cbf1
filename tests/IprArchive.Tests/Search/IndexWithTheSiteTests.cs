using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Search;

/// <summary>
/// The index the CLI searches is built and swapped with the site, one build per output folder
/// at a time, and a missing or broken index is a diagnostic, never a crash.
/// </summary>
public sealed class IndexWithTheSiteTests : IDisposable
{
    private static readonly string Theme = Path.Combine(RepositoryPaths.Root, "theme");
    private readonly TempSite _site = new TempSite().CopyFixture("site-basic");

    private string Output => Path.Combine(_site.Root, "output");

    [Fact]
    public async Task A_second_build_into_a_folder_being_built_fails_at_once_with_a_clear_message()
    {
        var lockFile = Path.Combine(_site.Root, ".output.iprarchive-lock");
        await using (new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var blocked = await BuildAsync();

            Assert.Equal(1, blocked.ExitCode);
            Assert.Contains("error IPR201:", blocked.Error, StringComparison.Ordinal);
            Assert.Contains("another iprarchive build or preview is writing to it", blocked.Error, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await BuildAsync()).ExitCode);
    }

    [Fact]
    public async Task Concurrent_builds_leave_a_working_site_and_a_working_search()
    {
        var builds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(BuildAsync)));

        Assert.Contains(builds, b => b.ExitCode == 0);
        Assert.All(builds.Where(b => b.ExitCode != 0), b => Assert.Contains("another iprarchive build or preview", b.Error, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "search", "manifest.json")));
        var search = await SearchAsync("Geneva");
        Assert.Equal(0, search.ExitCode);
        Assert.DoesNotContain("No results", search.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.staging-*"));
    }

    [Fact]
    public async Task After_a_failed_build_search_still_answers_for_the_site_that_is_there()
    {
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        _site.Write("announcements/2021/2021-12-01-zebra.md", "---\ntitle: Zebrafish patents\ndate: 2021-12-01\nspeakers: [shen-changyu]\nlayout: redirect\n---\n\nZebrafish.\n");

        Assert.Equal(1, (await BuildAsync()).ExitCode);

        Assert.Contains("No results", (await SearchAsync("zebrafish")).Output, StringComparison.Ordinal);
        Assert.DoesNotContain("No results", (await SearchAsync("Geneva")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_index_is_a_diagnostic_and_exit_1()
    {
        var result = await SearchAsync("patent");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error IPR205: no search index for", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_index_is_a_diagnostic_and_exit_1()
    {
        Assert.Equal(0, (await BuildAsync()).ExitCode);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Output, ".iprarchive", "index")))
        {
            File.WriteAllText(file, "not an index");
        }

        var result = await SearchAsync("patent");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error IPR205: the search index for", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_lives_in_the_output_and_nothing_is_left_beside_it()
    {
        Assert.Equal(0, (await BuildAsync()).ExitCode);

        Assert.True(Directory.Exists(Path.Combine(Output, ".iprarchive", "index")));
        Assert.False(Directory.Exists(Path.Combine(Output, ".iprarchive", "scratch")));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".iprarchive")));
    }

    /// <inheritdoc/>
    public void Dispose() => _site.Dispose();

    private Task<CliResult> BuildAsync() =>
        CliRunner.RunAsync("build", "--input", _site.Input, "--output", Output, "--theme", Theme, "-v", "q");

    private Task<CliResult> SearchAsync(string query) => CliRunner.RunAsync("search", query, "--index", Output);
}
