using IprArchive.Markdown;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// Process phase: adds one document per published announcement of <paramref name="contentPipeline"/>,
/// with its compiled record and no destination. Only that: the bodies are read back from the
/// record, a batch at a time, as <see cref="BuildSearchIndex"/> feeds them to the index.
/// </summary>
public sealed class CollectSearchDocuments(string contentPipeline) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var records = context.OutputsOf(contentPipeline)
            .Select(d => d.GetRequired(MetadataKeys.Record))
            .Where(r => !r.Announcement.Excluded)
            .Select(r => new Document { Source = r.Announcement.SourcePath }.With(MetadataKeys.Record, r));
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. records]);
    }
}
