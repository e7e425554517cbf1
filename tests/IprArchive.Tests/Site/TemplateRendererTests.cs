using AngleSharp.Html.Parser;
using IprArchive.Output;
using IprArchive.Rendering;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly TempSite _temp = new();

    private string Theme => Path.Combine(_temp.Root, "theme");

    public void Dispose() => _temp.Dispose();

    public sealed record Model(string Title, string Html);

    [Fact]
    public void Values_are_escaped_unless_marked_raw()
    {
        Write(Theme, "layouts/page.liquid", "<h1>{{ title }}</h1><div>{{ html | raw }}</div>");
        var renderer = new TemplateRenderer(new ThemeFiles(Theme, null), new SiteUrls("https://x.example/"));

        var html = renderer.RenderPage("page", new Model("<script>alert(1)</script>", "<em>ok</em>"), withShell: false);

        var doc = new HtmlParser().ParseDocument(html);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("ok", doc.QuerySelector("div > em")!.TextContent);
    }

    [Fact]
    public void A_file_under_input_theme_overrides_the_themes_and_partials_follow_the_overlay()
    {
        Write(Theme, "layouts/page.liquid", "theme page {% include 'partials/_bit' %}");
        Write(Theme, "partials/_bit.liquid", "theme bit");
        Write(_temp.Input, "theme/partials/_bit.liquid", "input bit");
        var renderer = new TemplateRenderer(new ThemeFiles(Theme, _temp.Input), new SiteUrls("https://x.example/"));

        Assert.Equal("theme page input bit", renderer.RenderPage("page", new Model("", ""), withShell: false));
    }

    [Fact]
    public void The_shell_wraps_the_layout_as_unescaped_content()
    {
        Write(Theme, "layouts/default.liquid", "<main>{{ content }}</main>");
        Write(Theme, "layouts/page.liquid", "<p>{{ title }}</p>");
        var renderer = new TemplateRenderer(new ThemeFiles(Theme, null), new SiteUrls("https://x.example/"));

        Assert.Equal("<main><p>a &amp; b</p></main>", renderer.RenderPage("page", new Model("a & b", "")));
    }

    [Fact]
    public void Url_filters_apply_the_base_path()
    {
        Write(Theme, "layouts/page.liquid", "{{ '/topics/' | url }} {{ '/topics/' | absolute_url }}");
        var renderer = new TemplateRenderer(new ThemeFiles(Theme, null), new SiteUrls("https://x.example/", "/repo/"));

        Assert.Equal("/repo/topics/ https://x.example/repo/topics/", renderer.RenderPage("page", new Model("", ""), withShell: false));
    }

    [Fact]
    public void A_broken_or_missing_layout_is_a_template_error_naming_the_file()
    {
        Write(Theme, "layouts/broken.liquid", "{% if %}");
        var renderer = new TemplateRenderer(new ThemeFiles(Theme, null), new SiteUrls("https://x.example/"));

        Assert.Contains("layouts/broken.liquid", Assert.Throws<TemplateException>(() => renderer.RenderPage("broken", new Model("", ""), false)).Message, StringComparison.Ordinal);
        Assert.Contains("layouts/nope.liquid", Assert.Throws<TemplateException>(() => renderer.RenderPage("nope", new Model("", ""), false)).Message, StringComparison.Ordinal);
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
