using System.Xml.Linq;
using IprArchive.Output;
using IprArchive.Pipelines.Site;

namespace IprArchive.Tests.Site;

/// <summary>The sitemap protocol's 50,000-URL limit, exercised with a limit of 2.</summary>
public sealed class SitemapFilesTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly SiteUrls Urls = new("https://archive.example.org", "/iprarchive/");

    private static readonly (string Url, DateOnly? LastModified)[] Pages =
    [
        ("/a/", new DateOnly(2020, 1, 1)),
        ("/b/", null),
        ("/c/", new DateOnly(2021, 5, 2)),
        ("/d/", new DateOnly(2019, 3, 4)),
        ("/e/", null),
    ];

    [Fact]
    public void Up_to_the_limit_there_is_one_urlset()
    {
        var files = SitemapFiles.Write(Pages[..2], Urls, maxUrlsPerFile: 2);

        var (path, content) = Assert.Single(files);
        Assert.Equal("sitemap.xml", path);
        var root = XDocument.Parse(content).Root!;
        Assert.Equal(Sitemap + "urlset", root.Name);
        Assert.Equal(["https://archive.example.org/iprarchive/a/", "https://archive.example.org/iprarchive/b/"],
            root.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value));
    }

    [Fact]
    public void Past_the_limit_sitemap_xml_indexes_parts_that_each_respect_it()
    {
        var files = SitemapFiles.Write(Pages, Urls, maxUrlsPerFile: 2).ToDictionary(f => f.Path, f => XDocument.Parse(f.Content).Root!);

        var index = files["sitemap.xml"];
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        var parts = index.Elements(Sitemap + "sitemap").ToList();
        Assert.Equal(
            ["https://archive.example.org/iprarchive/sitemap-1.xml", "https://archive.example.org/iprarchive/sitemap-2.xml", "https://archive.example.org/iprarchive/sitemap-3.xml"],
            parts.Select(p => p.Element(Sitemap + "loc")!.Value));
        Assert.Equal("2021-05-02", parts[1].Element(Sitemap + "lastmod")!.Value);
        Assert.Null(parts[2].Element(Sitemap + "lastmod"));

        var listed = Enumerable.Range(1, 3).SelectMany(i => files[$"sitemap-{i}.xml"].Elements(Sitemap + "url")).ToList();
        Assert.All(Enumerable.Range(1, 3), i => Assert.True(files[$"sitemap-{i}.xml"].Elements(Sitemap + "url").Count() <= 2));
        Assert.Equal(Pages.Select(p => Urls.Absolute(p.Url)), listed.Select(u => u.Element(Sitemap + "loc")!.Value));
    }
}
