using System.Text.Json;
using System.Xml.Linq;

namespace IprArchive.Tests.Site;

public sealed class FeedAndSitemapTests(BasicSiteFixture fixture) : IClassFixture<BasicSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_atom_feed_lists_published_statements_newest_first_with_absolute_links()
    {
        var feed = XDocument.Parse(Site.Text("/feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://archive.example.org/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("2021-11-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(4, entries.Count);
        var first = entries[0];
        Assert.Equal("https://archive.example.org/announcements/2021/shen-changyu-zh/", first.Element(Atom + "id")!.Value);
        Assert.Equal("zh", first.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("Shen Changyu", first.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(first.Element(Atom + "summary")!.Value));
        Assert.Null(first.Element(Atom + "content")); // full text only with feed_full_text: true
    }

    [Fact]
    public void The_json_feed_is_version_1_1_with_items()
    {
        var feed = JsonDocument.Parse(Site.Text("/feed.json")).RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("https://archive.example.org/feed.json", feed.GetProperty("feed_url").GetString());
        var item = feed.GetProperty("items")[1];
        Assert.Equal("https://archive.example.org/announcements/2021/shen-changyu-plan/", item.GetProperty("url").GetString());
        Assert.Equal("2021-06-01T00:00:00Z", item.GetProperty("date_published").GetString());
        Assert.Equal("Shen Changyu", item.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(["patents", "statistics"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Speaker_organisation_and_topic_feeds_hold_only_their_statements()
    {
        var feed = XDocument.Parse(Site.Text("/speakers/francis-gurry/feed.xml")).Root!;

        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal("https://archive.example.org/announcements/2020/gurry-covid/", entry.Element(Atom + "id")!.Value);
        Assert.Equal(2, XDocument.Parse(Site.Text("/topics/wipo/feed.xml")).Root!.Elements(Atom + "entry").Count());
        Assert.Equal(3, XDocument.Parse(Site.Text("/organizations/cnipa/feed.xml")).Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public void The_sitemap_lists_every_indexable_page_once_with_lastmod()
    {
        var urls = XDocument.Parse(Site.Text("/sitemap.xml")).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

        Assert.Equal("2021-06-01", urls["https://archive.example.org/announcements/2021/shen-changyu-plan/"]);
        Assert.Equal("2021-11-01", urls["https://archive.example.org/speakers/shen-changyu/"]);
        Assert.Contains("https://archive.example.org/speakers/shen-changyu/page/2/", urls.Keys);
        Assert.DoesNotContain("https://archive.example.org/404.html", urls.Keys);
        Assert.DoesNotContain("https://archive.example.org/old/gurry-2020/", urls.Keys);
        var pagesOnDisk = Site.HtmlFiles().Count(p => p != "/404.html" && !p.StartsWith("/old/", StringComparison.Ordinal) && p != "/search/index.html");
        Assert.Equal(pagesOnDisk, urls.Count - 1); // the search page is listed too
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap()
    {
        Assert.Contains("Sitemap: https://archive.example.org/sitemap.xml", Site.Text("/robots.txt"), StringComparison.Ordinal);
    }
}
