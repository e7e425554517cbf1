using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Process phase of Data: groups the announcements once; emits a document carrying the
/// <see cref="SiteIndex"/> (<see cref="MetadataKeys.SiteIndex"/>), then one document per archive.
/// </summary>
public sealed class BuildSiteIndex(string announcementsPipeline) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var announcements = context.OutputsOf(announcementsPipeline).Select(d => d.GetRequired(MetadataKeys.Announcement));
        var index = new SiteIndex(announcements, context.Get<SiteContext>().Facets);
        IReadOnlyList<Document> documents =
            [new Document().With(MetadataKeys.SiteIndex, index), .. index.Archives.Select(a => new Document().With(MetadataKeys.Archive, a))];
        return Task.FromResult(documents);
    }

    /// <summary>The site index carried by the Data pipeline's <paramref name="documents"/>.</summary>
    public static SiteIndex IndexOf(IReadOnlyList<Document> documents) =>
        documents.Count > 0 ? documents[0].GetRequired(MetadataKeys.SiteIndex)
            : throw new InvalidOperationException("The Data pipeline made no documents: its site index is missing.");

    /// <summary>The site index of the <see cref="SitePipelines.Data"/> pipeline, for its dependents.</summary>
    public static SiteIndex IndexOf(PipelineContext context) => IndexOf(context.OutputsOf(SitePipelines.Data));
}
