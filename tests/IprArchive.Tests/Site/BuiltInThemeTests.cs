using AngleSharp.Html.Parser;
using IprArchive.Pipelines;
using IprArchive.Rendering;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>
/// The theme built into the tool: the same files as the repository's theme/, enough on its own
/// to build a site, and overridden file by file by a site's theme folder (<c>theme eject</c>).
/// </summary>
public sealed class BuiltInThemeTests : IDisposable
{
    private readonly TempSite _temp = new();

    [Fact]
    public void Built_in_theme_is_the_repository_theme_byte_for_byte()
    {
        var repository = Path.Combine(RepositoryPaths.Root, "theme");
        var expected = Directory.EnumerateFiles(repository, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(repository, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, BuiltInTheme.Files());
        Assert.All(expected, f => Assert.Equal(File.ReadAllBytes(Path.Combine(repository, f)), File.ReadAllBytes(Path.Combine(BuiltInTheme.Directory, f))));
    }

    [Fact]
    public async Task A_site_without_a_theme_folder_builds_with_the_built_in_theme()
    {
        var result = await BuildAsync(themeDirectory: null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = Page("index.html");
        Assert.NotNull(home.QuerySelector("link[rel=stylesheet][href$='assets/css/site.css']"));
        Assert.True(File.Exists(Path.Combine(Output, "assets", "css", "site.css")));
    }

    [Fact]
    public async Task An_ejected_layout_edited_in_the_site_theme_replaces_only_that_layout()
    {
        var theme = Path.Combine(_temp.Root, "theme");
        var eject = await CliRunner.RunAsync("theme", "eject", "layouts/home.liquid", "--theme", theme);
        Assert.True(eject.ExitCode == 0, eject.Error);
        var layout = Path.Combine(theme, "layouts", "home.liquid");
        File.WriteAllText(layout, "<p id=\"custom-home\">Our own home page</p>\n" + File.ReadAllText(layout));

        var result = await BuildAsync(theme);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Our own home page", Page("index.html").QuerySelector("#custom-home")?.TextContent);
        Assert.Null(Page("404.html").QuerySelector("#custom-home"));
        Assert.Equal(["layouts/home.liquid"], Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(theme, f).Replace('\\', '/')));
        Assert.True(File.Exists(Path.Combine(Output, "assets", "js", "search-page.js")));
    }

    [Fact]
    public async Task Eject_never_overwrites_and_names_unknown_files()
    {
        var theme = Path.Combine(_temp.Root, "theme");
        Assert.Equal(0, (await CliRunner.RunAsync("theme", "eject", "--theme", theme)).ExitCode);
        File.WriteAllText(Path.Combine(theme, "layouts", "home.liquid"), "mine");

        var again = await CliRunner.RunAsync("theme", "eject", "layouts/home.liquid", "--theme", theme);
        var unknown = await CliRunner.RunAsync("theme", "eject", "layouts/nope.liquid", "--theme", theme);

        Assert.Equal(1, again.ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(theme, "layouts", "home.liquid")));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'layouts/nope.liquid'", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("layouts/announcement.liquid", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_folder_given_but_missing_is_a_usage_error_naming_it()
    {
        var build = await CliRunner.RunAsync("build", "--input", RepositoryPaths.BundledInput, "--output", Output, "--theme", Path.Combine(_temp.Root, "nothere"));

        Assert.Equal(2, build.ExitCode);
        Assert.Contains("nothere' does not exist", build.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private string Output => Path.Combine(_temp.Root, "output");

    private Task<BuildResult> BuildAsync(string? themeDirectory) =>
        SiteBuilder.BuildAsync(new BuildOptions { InputDirectory = Path.Combine(RepositoryPaths.Fixture("site-basic"), "input"), OutputDirectory = Output, ThemeDirectory = themeDirectory });

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));
}
