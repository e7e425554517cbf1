using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>Process phase of Data: groups the announcements once; emits one document per archive.</summary>
public sealed class BuildSiteIndex(string announcementsPipeline) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var announcements = context.OutputsOf(announcementsPipeline).Select(d => d.GetRequired(MetadataKeys.Announcement));
        site.Index = new SiteIndex(announcements);
        IReadOnlyList<Document> documents = [.. site.Index.Archives.Select(a => new Document().With(MetadataKeys.Archive, a))];
        return Task.FromResult(documents);
    }
}
