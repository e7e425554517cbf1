using IprArchive.Output;
using IprArchive.Pipelines.Feeds;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// The sitemap of a list of pages. The protocol allows 50,000 URLs a file: up to that, one
/// <c>sitemap.xml</c>; beyond it, <c>sitemap.xml</c> is a sitemap index of <c>sitemap-N.xml</c> files.
/// </summary>
public static class SitemapFiles
{
    /// <summary>URLs a sitemap file may list (sitemaps.org).</summary>
    public const int MaxUrlsPerFile = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Site paths and contents of the sitemap files for <paramref name="pages"/> (sorted by URL).</summary>
    public static IReadOnlyList<(string Path, string Content)> Write(
        IReadOnlyList<(string Url, DateOnly? LastModified)> pages, SiteUrls urls, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(urls);
        if (pages.Count <= maxUrlsPerFile)
        {
            return [("sitemap.xml", UrlSet(pages, urls))];
        }

        var parts = pages.Chunk(maxUrlsPerFile).Select((chunk, i) => (Path: $"sitemap-{i + 1}.xml", Pages: chunk)).ToList();
        var index = XmlText.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", Namespace);
            foreach (var (path, chunk) in parts)
            {
                xml.WriteStartElement("sitemap");
                xml.WriteElementString("loc", urls.Absolute("/" + path));
                if (chunk.Max(p => p.LastModified) is { } newest)
                {
                    xml.WriteElementString("lastmod", AnnouncementViews.IsoDate(newest));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
        return [("sitemap.xml", index), .. parts.Select(p => (p.Path, UrlSet(p.Pages, urls)))];
    }

    private static string UrlSet(IEnumerable<(string Url, DateOnly? LastModified)> pages, SiteUrls urls) => XmlText.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var (url, lastModified) in pages)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", urls.Absolute(url));
            if (lastModified is { } date)
            {
                xml.WriteElementString("lastmod", AnnouncementViews.IsoDate(date));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    });
}
