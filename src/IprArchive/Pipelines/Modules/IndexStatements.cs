using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Process phase of Statements: indexes every record's quotations once (read from the
/// <see cref="MetadataKeys.Record"/> of <paramref name="contentPipeline"/>'s documents) for
/// speaker, topic and plan pages, and emits <c>statements.json</c> and its further pages.
/// </summary>
public sealed class IndexStatements(string contentPipeline) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        site.Statements = new StatementIndex(context.OutputsOf(contentPipeline)
            .Select(d => d.GetRequired(MetadataKeys.Record))
            .Select(r => (r.Announcement, r.Quotations)));
        IReadOnlyList<Document> files = [.. StatementsExport.Pages(site.Statements.All, site)
            .Select(page => new Document { Destination = page.Path }.With(MetadataKeys.ContentFactory, page.Json))];
        return Task.FromResult(files);
    }
}
