using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>Input phase of Inputs: one document per published announcement, listed for the sitemap.</summary>
public sealed class ReadAnnouncements : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        IReadOnlyList<Document> documents = [.. site.Content.Published.Select(a => new Document
        {
            Source = a.SourcePath,
            Destination = OutputPaths.FromUrl(a.Url),
        }
        .With(MetadataKeys.Announcement, a)
        .With(MetadataKeys.SitemapUrl, a.Url)
        .With(MetadataKeys.LastModified, a.Date))];
        return Task.FromResult(documents);
    }
}
