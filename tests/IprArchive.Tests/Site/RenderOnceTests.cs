using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Pipelines;
using IprArchive.Pipelines.Incremental;
using IprArchive.Tests.Incremental;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>
/// Each record's body is rendered once per build: by the Inputs pipeline, into the compiled record
/// that pages, feeds, statements and search documents all read. <c>check</c> renders each record
/// once too, and a preview update renders only the records that changed.
/// </summary>
public sealed class RenderOnceTests : IDisposable
{
    /// <summary>The about page (input/about.md or the settings' default text), rendered once per build.</summary>
    private const int AboutPage = 1;

    private readonly PreviewSite _site = new(generated: 120);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_full_build_of_the_bundled_site_renders_each_published_record_once()
    {
        using var temp = new TempSite().CopyInputFrom(RepositoryPaths.BundledInput);

        var (renders, result) = await CountRendersAsync(() => CliRunner.RunAsync("build", "-i", temp.Input, "-o", Path.Combine(temp.Root, "out"), "-v", "q"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ContentLoader.Load(temp.Input).Published.Count() + AboutPage, renders);
        Assert.True(File.Exists(Path.Combine(temp.Root, "out", "search", "manifest.json")), "the search export was built in the same run");
    }

    [Fact]
    public async Task A_full_build_of_a_generated_corpus_renders_each_published_record_once()
    {
        var (renders, result) = await CountRendersAsync(() => CliRunner.RunAsync("build", "-i", _site.Temp.Input, "-o", _site.Output, "-v", "q"));

        Assert.Equal(0, result.ExitCode);
        var published = ContentLoader.Load(_site.Temp.Input).Published.Count();
        Assert.True(published > 120, $"{published} records");
        Assert.Equal(published + AboutPage, renders);
    }

    [Fact]
    public async Task Check_renders_each_record_once()
    {
        var (renders, result) = await CountRendersAsync(() => CliRunner.RunAsync("check", "-i", _site.Temp.Input));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ContentLoader.Load(_site.Temp.Input).Announcements.Count, renders);
    }

    [Fact]
    public async Task A_preview_update_renders_only_the_edited_record()
    {
        var session = new SiteSession(_site.Options());
        Assert.True((await session.UpdateAsync([])).Succeeded);
        var record = PreviewSite.RecordPath(new DateOnly(2015, 1, 5).AddDays(17 * 7), "generated-7");
        var path = _site.FullPath(record);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("It says what it says.", "It says more.", StringComparison.Ordinal));

        var (renders, update) = await CountRendersAsync(() => session.UpdateAsync([path]));

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.False(update.FullBuild);
        Assert.Equal(1, renders);
        Assert.Contains("It says more.", await File.ReadAllTextAsync(Path.Combine(_site.Output, "announcements/2015/generated-7/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_spilled_to_files_give_the_same_site_and_are_not_rendered_again()
    {
        var inMemory = Path.Combine(_site.Temp.Root, "in-memory");
        var spilled = Path.Combine(_site.Temp.Root, "spilled");
        Assert.True((await SiteBuilder.BuildAsync(_site.Options(inMemory))).Succeeded);

        var (renders, result) = await CountRendersAsync(() => SiteBuilder.BuildAsync(_site.Options(spilled) with { BodiesInMemory = 10 }));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(ContentLoader.Load(_site.Temp.Input).Published.Count() + AboutPage, renders);
        Assert.Equal(PreviewSite.Hashes(inMemory), PreviewSite.Hashes(spilled));
    }

    [Fact]
    public async Task A_preview_reads_spilled_bodies_back_after_its_first_build()
    {
        var session = new SiteSession(_site.Options() with { BodiesInMemory = 10 });
        Assert.True((await session.UpdateAsync([])).Succeeded);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(_site.Output, ".iprarchive", "bodies")));
        var path = _site.FullPath(PreviewSite.RecordPath(new DateOnly(2015, 1, 5).AddDays(17 * 7), "generated-7"));
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("Generated statement 7", "Retitled statement 7", StringComparison.Ordinal));

        var update = await session.UpdateAsync([path]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.False(update.FullBuild);
        var fresh = Path.Combine(_site.Temp.Root, "fresh");
        Assert.True((await SiteBuilder.BuildAsync(_site.Options(fresh))).Succeeded);
        Assert.Equal(WithoutPrivate(PreviewSite.Hashes(fresh)), WithoutPrivate(PreviewSite.Hashes(_site.Output)));
    }

    // The private folder holds the search index and a preview's spilled bodies, not pages.
    private static Dictionary<string, string> WithoutPrivate(Dictionary<string, string> hashes) =>
        hashes.Where(h => !h.Key.StartsWith(".iprarchive/", StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);

    private static async Task<(int Renders, T Result)> CountRendersAsync<T>(Func<Task<T>> run)
    {
        using var tally = RenderTally.Start();
        var result = await run();
        return (tally.Renders, result);
    }
}
