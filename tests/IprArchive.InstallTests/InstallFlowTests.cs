using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IprArchive.InstallTests.Infrastructure;

namespace IprArchive.InstallTests;

/// <summary>
/// What someone who installs the packed tool gets: a new archive made with <c>init</c> and
/// <c>new</c> passes <c>check --strict</c>, builds into a site with its home page, record pages
/// and search index, and answers <c>search</c>, all in an empty folder with no repository around.
/// </summary>
public sealed class InstallFlowTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public void Tool_installs_from_the_package_and_runs_outside_the_repository()
    {
        Assert.True(tool.Install.ExitCode == 0, tool.Install.ToString());
        Assert.False(File.Exists(Path.Combine(tool.Work, "IprArchive.sln")));
        Assert.False(Directory.Exists(Path.Combine(tool.Site, "theme")));
        Assert.Contains("init", tool.Steps["help"].Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("init")]
    [InlineData("new")]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("search")]
    public void Step_exits_0(string step)
    {
        Assert.True(tool.Steps.TryGetValue(step, out var result), "the tool did not install: " + tool.Install);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Home_page_has_the_site_name_and_links_both_records_under_the_base_path()
    {
        var home = Page("index.html");

        Assert.Contains(InstalledTool.SiteName, home.Title, StringComparison.Ordinal);
        var links = home.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/archive/announcements/2024/example-archive-opens/", links);
        Assert.Contains("/archive/announcements/2024/office-publishes-its-first-patent-statistics/", links);
        Assert.NotNull(home.QuerySelector("link[rel=stylesheet][href='/archive/assets/css/site.css']"));
        Assert.True(File.Exists(Path.Combine(tool.Output, "assets", "css", "site.css")));
    }

    [Fact]
    public void Record_page_shows_the_title_and_the_speaker_from_the_registry()
    {
        var record = Page("announcements/2024/office-publishes-its-first-patent-statistics/index.html");

        Assert.Equal(InstalledTool.NewTitle, record.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(record.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/archive/speakers/ada-example/" && a.TextContent.Contains("Ada Example", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_index_manifest_page_and_engine_are_in_the_site()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(tool.Output, "search", "manifest.json")));

        Assert.True(manifest.RootElement.GetProperty("docCount").GetInt32() >= 2);
        Assert.NotNull(Page("search/index.html").QuerySelector("form input[name=q]"));
        Assert.True(File.Exists(Path.Combine(tool.Output, "assets", "search", "index.js")));
    }

    [Fact]
    public void Search_command_finds_the_new_record()
    {
        Assert.Contains(InstalledTool.NewTitle, tool.Steps["search"].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_again_exits_1_and_a_missing_theme_folder_exits_2()
    {
        var settings = File.ReadAllText(Path.Combine(tool.Site, "input", "settings.yml"));

        var again = await tool.RunAsync(tool.Work, "init", "site");
        var missingTheme = await tool.RunAsync(tool.Site, "build", "--theme", "nothere", "--output", Path.Combine(tool.Work, "other"));

        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.Equal(settings, File.ReadAllText(Path.Combine(tool.Site, "input", "settings.yml")));
        Assert.True(missingTheme.ExitCode == 2, missingTheme.ToString());
    }

    private IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(tool.Output, path)));
}
