using System.Collections.Concurrent;
using IprArchive.Diagnostics;
using IprArchive.Pipelines;
using IprArchive.Pipelines.Engine;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>The build façade: atomic output, overrides, errors as diagnostics, progress.</summary>
public sealed class SiteBuilderTests : IDisposable
{
    private readonly TempSite _temp = new TempSite().CopyFixture("site-basic");

    private string Output => Path.Combine(_temp.Root, "output");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_build_with_content_errors_leaves_the_previous_output_untouched()
    {
        Assert.True((await BuildAsync()).Succeeded);
        var before = Snapshot();
        _temp.Write("announcements/2021/2021-02-30-impossible.md", "---\ntitle: X\ndate: 2021-02-30\nspeakers: [shen-changyu]\n---\n\nBody.\n");

        var result = await BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.File.EndsWith("impossible.md", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot());
        Assert.Equal(["input", "output"], Directory.GetFileSystemEntries(_temp.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_broken_layout_is_reported_and_leaves_the_previous_output_untouched()
    {
        Assert.True((await BuildAsync()).Succeeded);
        var before = Snapshot();
        _temp.Write("theme/layouts/announcement.liquid", "{% for x in %}");

        var result = await BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("IPR203", "layouts/announcement.liquid"), (error.Code, error.File));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Quotations_are_credited_by_their_dash_line_and_ambiguous_ones_are_reported()
    {
        _temp.Write("announcements/2021/2021-09-01-two-speakers.md", string.Join('\n',
            "---", "title: Two speakers", "date: 2021-09-01", "speakers: [shen-changyu, francis-gurry]", "---", "",
            "Intro.", "", "> Cooperation matters.", ">", "> — 申长雨", "", "> Nobody knows who said this.", ""));

        var result = await BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "IPR050");
        Assert.Equal(("announcements/2021/2021-09-01-two-speakers.md", 13), (warning.File, warning.Line));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, "announcements", "2021", "two-speakers", "index.html")));
        var quotations = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("hasPart");
        Assert.Equal("Cooperation matters.", quotations[0].GetProperty("text").GetString());
        // The creator is one of the authors, named by @id (described once, in author).
        Assert.EndsWith("/speakers/shen-changyu/", quotations[0].GetProperty("creator").GetProperty("@id").GetString(), StringComparison.Ordinal);
        Assert.False(quotations[1].TryGetProperty("creator", out _));
    }

    [Fact]
    public async Task A_record_naming_a_missing_layout_is_reported_at_the_record()
    {
        _temp.Write("announcements/2021/2021-09-02-odd-layout.md", "---\ntitle: Odd\ndate: 2021-09-02\nspeakers: [shen-changyu]\nlayout: fancy\n---\n\nBody.\n");

        var result = await BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("IPR204", "announcements/2021/2021-09-02-odd-layout.md"), (error.Code, error.File));
    }

    [Fact]
    public async Task A_redirect_onto_a_generated_page_is_reported_at_the_record_and_nothing_is_replaced()
    {
        Assert.True((await BuildAsync()).Succeeded);
        var before = Snapshot();
        var record = Path.Combine(_temp.Input, "announcements", "2020", "2020-04-23-gurry-covid.md");
        File.WriteAllText(record, File.ReadAllText(record).Replace("redirect_from: [/old/gurry-2020/]", "redirect_from: [/speakers/]", StringComparison.Ordinal));

        var result = await BuildAsync();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Codes.InvalidRedirect.Code, "announcements/2020/2020-04-23-gurry-covid.md"), (error.Code, error.File));
        Assert.Contains("clashes with /speakers/", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task A_record_may_use_another_layout_of_the_overlay()
    {
        _temp.Write("theme/layouts/speech.liquid", "<article class=\"speech\"><h1>{{ announcement.title }}</h1>{{ announcement.body_html | raw }}</article>");
        _temp.Write("announcements/2021/2021-09-02-speech.md", "---\ntitle: A speech\ndate: 2021-09-02\nspeakers: [shen-changyu]\nlayout: speech\n---\n\nBody.\n");

        Assert.True((await BuildAsync()).Succeeded);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, "announcements", "2021", "speech", "index.html")));
        Assert.Equal("A speech", page.QuerySelector("main article.speech h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("article.speech #p-1"));
    }

    [Fact]
    public async Task Files_under_input_theme_override_theme_layouts_and_assets_and_are_reported()
    {
        _temp.Write("theme/layouts/404.liquid", "<h1>Custom not found</h1>");
        _temp.Write("theme/assets/css/site.css", "/* site override */");
        _temp.Write("theme/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var result = await BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(["theme/assets/css/site.css", "theme/assets/img/logo.svg", "theme/layouts/404.liquid"],
            result.Diagnostics.Where(d => d.Code == Codes.ThemeChanged.Code).Select(d => d.File));

        Assert.Contains("Custom not found", File.ReadAllText(Path.Combine(Output, "404.html")), StringComparison.Ordinal);
        Assert.Equal("/* site override */", File.ReadAllText(Path.Combine(Output, "assets", "css", "site.css")));
        Assert.True(File.Exists(Path.Combine(Output, "assets", "img", "logo.svg")));
        Assert.True(File.Exists(Path.Combine(Output, "assets", "js", "site.js")), "theme assets without an override are still copied");
    }

    [Fact]
    public async Task Removed_records_do_not_survive_a_rebuild()
    {
        Assert.True((await BuildAsync()).Succeeded);
        File.Delete(Path.Combine(_temp.Input, "announcements", "2016", "2016-10-03-shen-changyu-geneva.md"));

        Assert.True((await BuildAsync()).Succeeded);

        Assert.False(Directory.Exists(Path.Combine(Output, "announcements", "2016")));
    }

    [Fact]
    public async Task A_cancelled_build_leaves_the_previous_output_and_no_staging_folder()
    {
        Assert.True((await BuildAsync()).Succeeded);
        var before = Snapshot();
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SiteBuilder.BuildAsync(
            Options() with { Progress = p => { if (p.Pipeline == SitePipelines.Content) cancel.Cancel(); } },
            cancel.Token));

        Assert.Equal(before, Snapshot());
        Assert.Equal(["input", "output"], Directory.GetFileSystemEntries(_temp.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Progress_reports_each_pipeline_and_the_result_counts_pages()
    {
        var progress = new ConcurrentBag<PipelineProgress>();

        var result = await SiteBuilder.BuildAsync(Options() with { Progress = progress.Add });

        Assert.True(result.Succeeded);
        Assert.Contains(progress, p => p.Pipeline == SitePipelines.Content && p.Phase == Phase.Output && p.Documents == 4);
        Assert.Equal(4, result.FilesByPipeline[SitePipelines.Content]);
        Assert.Equal(Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Length, result.Pages);
    }

    [Fact]
    public async Task A_folder_the_build_did_not_create_is_refused_as_output()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "notes.txt"), "mine");

        var result = await BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(Codes.OutputRefused.Code, Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "notes.txt")));
    }

    private BuildOptions Options() => new()
    {
        InputDirectory = _temp.Input,
        OutputDirectory = Output,
        ThemeDirectory = BuiltSite.Theme,
    };

    private Task<BuildResult> BuildAsync() => SiteBuilder.BuildAsync(Options());

    private SortedDictionary<string, string> Snapshot() =>
        new(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllText), StringComparer.Ordinal);
}
