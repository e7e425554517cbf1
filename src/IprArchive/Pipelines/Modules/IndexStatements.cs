using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Process phase of Statements: indexes every record's quotations once (read from the
/// <see cref="MetadataKeys.Record"/> of <paramref name="contentPipeline"/>'s documents) for
/// speaker, topic and plan pages; emits a document carrying the <see cref="StatementIndex"/>
/// (<see cref="MetadataKeys.Statements"/>, no destination), then <c>statements.json</c> and its
/// further pages.
/// </summary>
public sealed class IndexStatements(string contentPipeline) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var statements = new StatementIndex(context.OutputsOf(contentPipeline)
            .Select(d => d.GetRequired(MetadataKeys.Record))
            .Select(r => (r.Announcement, r.Quotations)));
        var exports = StatementsExport.Pages(statements.All, site);
        IReadOnlyList<Document> files =
        [
            new Document().With(MetadataKeys.Statements, statements),
            .. exports.Select((page, i) => new Document
            {
                Destination = page.Path,
                // A file shows the totals and its slice of the statements.
                MadeFrom = new Fingerprint(() => [statements.All.Count, exports.Count, i, page.Statements]),
            }.With(MetadataKeys.ContentFactory, page.Json)),
        ];
        return Task.FromResult(files);
    }

    /// <summary>The statement index carried by the Statements pipeline's <paramref name="documents"/>.</summary>
    public static StatementIndex StatementsOf(IReadOnlyList<Document> documents) =>
        documents.Count > 0 ? documents[0].GetRequired(MetadataKeys.Statements)
            : throw new InvalidOperationException("The Statements pipeline made no documents: its statement index is missing.");
}
