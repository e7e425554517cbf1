using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Feeds;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Post-process phase of Sitemap: <c>sitemap.xml</c> listing every page that asked to be listed
/// (with <c>lastmod</c>), and <c>robots.txt</c> pointing at it.
/// </summary>
public sealed class CreateSitemap(params string[] pagePipelines) : IModule
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var pages = pagePipelines
            .SelectMany(context.OutputsOf)
            .Where(d => d.Get<string>(MetadataKeys.SitemapUrl) is not null)
            .Select(d => (Url: d.Get<string>(MetadataKeys.SitemapUrl)!, LastModified: d.Get<DateOnly?>(MetadataKeys.LastModified)))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

        var sitemap = XmlText.Write(xml =>
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (url, lastModified) in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site.Urls.Absolute(url));
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", AnnouncementViews.IsoDate(date));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        });
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute("/sitemap.xml")}\n";
        IReadOnlyList<Document> documents =
        [
            new Document { Destination = "sitemap.xml", Content = sitemap },
            new Document { Destination = "robots.txt", Content = robots },
        ];
        return Task.FromResult(documents);
    }
}
