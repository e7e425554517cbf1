using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Post-process phase of Sitemap: <c>sitemap.xml</c> listing every page that asked to be listed
/// (with <c>lastmod</c>; split under a sitemap index past 50,000, see <see cref="SitemapFiles"/>),
/// and <c>robots.txt</c> pointing at it.
/// </summary>
public sealed class CreateSitemap(params string[] pagePipelines) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var pages = pagePipelines
            .SelectMany(context.OutputsOf)
            .Where(d => d.Get(MetadataKeys.SitemapUrl) is not null)
            .Select(d => (Url: d.Get(MetadataKeys.SitemapUrl)!, LastModified: d.Get(MetadataKeys.LastModified)))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute("/sitemap.xml")}\n";
        IReadOnlyList<Document> documents =
        [
            .. SitemapFiles.Write(pages, site.Urls).Select(file => new Document { Destination = file.Path, Content = file.Content }),
            new Document { Destination = "robots.txt", Content = robots },
        ];
        return Task.FromResult(documents);
    }
}
