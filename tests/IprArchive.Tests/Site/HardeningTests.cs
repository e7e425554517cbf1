using System.Xml.Linq;
using AngleSharp.Html.Parser;
using IprArchive.Markdown;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>
/// Defence in depth for pages built from pull requests: a Content-Security-Policy and referrer
/// policy on every page, no theme classes or tracking pixels from a body, feeds of bounded size.
/// </summary>
public sealed class HardeningTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Every_page_declares_a_self_only_policy_and_a_referrer_policy_and_runs_no_inline_script()
    {
        using var site = await BuiltSite.BuildFixtureAsync("site-injection");

        Assert.True(site.Result.Succeeded, site.Problems);
        foreach (var path in site.HtmlFiles())
        {
            var page = site.Page(path);
            var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(policy);
            Assert.StartsWith("default-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("strict-origin-when-cross-origin", page.QuerySelector("meta[name='referrer']")?.GetAttribute("content"));
            Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
        }
    }

    [Fact]
    public void A_body_cannot_pose_as_the_themes_elements_by_class()
    {
        var html = new MarkdownRenderer("archive.example.org").Render(
            "Text <a class=\"anchor-link\" href=\"https://evil.example/\">copy</a>\n\n<div class=\"toast\">x</div>\n\nClaim.[^1]\n\n[^1]: Source.").Html;

        var doc = Parser.ParseDocument(html);
        Assert.Null(doc.QuerySelector("a.anchor-link[href^='https://evil']"));
        Assert.Null(doc.QuerySelector(".toast"));
        Assert.NotNull(doc.QuerySelector("a.footnote-ref"));
    }

    [Fact]
    public void An_external_image_becomes_a_link_unless_its_host_is_allowed()
    {
        const string Markdown = "![pixel](https://tracker.example/p.png) ![logo](/assets/img/logo.png) <img src=\"//cdn.example/x.gif\"> <img srcset=\"https://tracker.example/a.png 1x\">";

        var strict = Parser.ParseDocument(new MarkdownRenderer("archive.example.org").Render(Markdown).Html);
        var allowing = Parser.ParseDocument(new MarkdownRenderer("archive.example.org", "/", ["tracker.example"]).Render(Markdown).Html);

        Assert.Equal(["/assets/img/logo.png"], strict.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")));
        Assert.Equal("https://tracker.example/p.png", strict.QuerySelector("a[href*='tracker']")!.GetAttribute("href"));
        Assert.Equal("pixel", strict.QuerySelector("a[href*='tracker']")!.TextContent);
        Assert.Empty(strict.QuerySelectorAll("[srcset]"));
        Assert.Contains(allowing.QuerySelectorAll("img"), i => i.GetAttribute("src") == "https://tracker.example/p.png");
    }

    [Fact]
    public async Task Feeds_carry_summaries_of_the_newest_entries_so_a_huge_record_stays_out()
    {
        using var temp = new TempSite().CopyFixture("site-basic");
        var record = Path.Combine(temp.Input, "announcements", "2021", "2021-11-01-shen-changyu-zh.md");
        await File.AppendAllTextAsync(record, "\n\n" + string.Concat(Enumerable.Repeat("A very long transcript paragraph. ", 150_000)) + "\n");
        File.AppendAllText(Path.Combine(temp.Input, "settings.yml"), "\nfeed_entries: 2\n");
        using var site = await BuiltSite.BuildAsync(temp.Input);

        Assert.True(site.Result.Succeeded, site.Problems);
        var feed = XDocument.Parse(site.Text("/feed.xml")).Root!;
        Assert.Equal(2, feed.Elements(Atom + "entry").Count());
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.NotNull(e.Element(Atom + "summary")));
        Assert.True(new FileInfo(Path.Combine(site.Output, "feed.xml")).Length < 20_000);
        Assert.True(new FileInfo(Path.Combine(site.Output, "feed.json")).Length < 20_000);
    }

    [Fact]
    public async Task Full_text_feeds_are_a_setting()
    {
        using var temp = new TempSite().CopyFixture("site-basic");
        File.AppendAllText(Path.Combine(temp.Input, "settings.yml"), "\nfeed_full_text: true\n");
        using var site = await BuiltSite.BuildAsync(temp.Input);

        var first = XDocument.Parse(site.Text("/feed.xml")).Root!.Elements(Atom + "entry").First();
        Assert.Contains("<p id=\"p-1\">", first.Element(Atom + "content")!.Value, StringComparison.Ordinal);
    }
}
