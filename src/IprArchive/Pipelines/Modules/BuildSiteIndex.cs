using IprArchive.Content;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>Process phase of Data: groups the announcements once; emits one document per archive.</summary>
public sealed class BuildSiteIndex(string announcementsPipeline) : IModule
{
    /// <summary>Metadata key of the <see cref="Archive"/> on each emitted document.</summary>
    public const string ArchiveKey = "archive";

    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var announcements = context.OutputsOf(announcementsPipeline).Select(d => d.GetRequired<Announcement>(MetadataKeys.Announcement));
        site.Index = new SiteIndex(announcements);
        IReadOnlyList<Document> documents = [.. site.Index.Archives.Select(a => new Document().With(ArchiveKey, a))];
        return Task.FromResult(documents);
    }
}
