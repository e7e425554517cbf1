using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Statements;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// Process phase: adds one document per published announcement of <paramref name="contentPipeline"/>,
/// with its announcement and quotations and no destination. Only that: the bodies are rendered
/// again, a batch at a time, as <see cref="BuildSearchIndex"/> feeds them to the index.
/// </summary>
public sealed class CollectSearchDocuments(string contentPipeline) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var records = context.OutputsOf(contentPipeline)
            .Where(d => d.Get<Announcement>(MetadataKeys.Announcement) is { Excluded: false })
            .Select(d => new Document { Source = d.Source }
                .With(MetadataKeys.Announcement, d.Get<Announcement>(MetadataKeys.Announcement))
                .With(MetadataKeys.Quotations, d.Get<IReadOnlyList<Quotation>>(MetadataKeys.Quotations)));
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. records]);
    }
}
