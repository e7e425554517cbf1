using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace IprArchive.Tests.Site;

/// <summary>
/// site-injection's only record carries script, event handlers, javascript: URLs and
/// "&lt;/script&gt;" in every field. None of it may reach a page as markup.
/// </summary>
public sealed class InjectionTests : IAsyncLifetime
{
    private const string Hostile = "/announcements/2021/hostile/";
    private BuiltSite _site = null!;

    public async Task InitializeAsync() => _site = await BuiltSite.BuildFixtureAsync("site-injection");

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void No_page_has_a_script_of_its_own_making_or_an_event_handler_or_a_javascript_url()
    {
        Assert.True(_site.Result.Succeeded, _site.Problems);
        foreach (var path in _site.HtmlFiles())
        {
            var page = _site.Page(path);
            var scripts = page.QuerySelectorAll("script").ToList();
            Assert.All(scripts, s => Assert.True(
                s.GetAttribute("type") == "application/ld+json" || s.GetAttribute("src")?.EndsWith("/assets/js/site.js", StringComparison.Ordinal) == true
                    || (path == "/search/index.html" && s.GetAttribute("src")?.EndsWith("/assets/js/search-page.js", StringComparison.Ordinal) == true),
                $"{path}: unexpected script {s.OuterHtml}"));
            Assert.All(page.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.All(page.All, e => Assert.DoesNotContain(e.Attributes, a =>
                (a.Name is "href" or "src" or "action") && a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)));
            Assert.Empty(page.QuerySelectorAll("svg, iframe, main [style]"));
        }
    }

    [Fact]
    public void Editor_text_is_shown_as_text()
    {
        var page = _site.Page(Hostile);

        Assert.Equal("</script><script>alert('title')</script><img src=x onerror=alert(1)>", page.QuerySelector("article h1")!.TextContent);
        Assert.Equal("<img src=x onerror=alert('summary')> and </script> too", page.QuerySelector(".summary")!.TextContent);
        Assert.Equal("<script>alert('role')</script>", page.QuerySelector(".fact-box .role")!.TextContent);
        Assert.Contains("Archive <b>&</b> \"friends\"", page.Title, StringComparison.Ordinal);
        Assert.StartsWith("https://example.org/a?x=", page.QuerySelector("a.source")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_element_and_carries_the_title_verbatim()
    {
        var page = _site.Page(Hostile);

        var jsonLd = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        var root = JsonDocument.Parse(jsonLd.TextContent).RootElement;
        Assert.Equal("</script><script>alert('title')</script><img src=x onerror=alert(1)>", root.GetProperty("headline").GetString());
        Assert.DoesNotContain("</", jsonLd.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("https://example.org/a?x=", root.GetProperty("isBasedOn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_keeps_its_text_but_loses_its_markup()
    {
        var body = _site.Page(Hostile).QuerySelector("article .body")!;

        Assert.Contains("A paragraph with", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("a javascript link", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("styled", OwnText(body.QuerySelectorAll("p").Single(p => p.TextContent.StartsWith("styled", StringComparison.Ordinal))));
    }

    [Fact]
    public void Feeds_carry_the_text_escaped_and_still_parse()
    {
        var atom = XDocument.Parse(_site.Text("/feed.xml"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal("</script><script>alert('title')</script><img src=x onerror=alert(1)>", atom.Root!.Element(ns + "entry")!.Element(ns + "title")!.Value);
        var json = JsonDocument.Parse(_site.Text("/feed.json")).RootElement;
        Assert.DoesNotContain("<script", json.GetProperty("items")[0].GetProperty("content_html").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.Where(n => n is not IElement { ClassName: "anchor-link" }).Select(n => n.TextContent));
}
