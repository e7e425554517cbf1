using IprArchive.Content;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Renders each announcement's Markdown body (sanitised, anchored), credits its quotations into
/// <see cref="MetadataKeys.Quotations"/> and reports the ones nobody can be credited with (IPR050).
/// The rendered body itself is not kept: the page is rendered again as it is written.
/// </summary>
public sealed class RenderMarkdown : ParallelModule
{
    /// <inheritdoc/>
    protected override IEnumerable<Document> Map(Document input, PipelineContext context)
    {
        var announcement = input.GetRequired<Announcement>(MetadataKeys.Announcement);
        var rendered = context.Get<SiteContext>().RenderBody(announcement);
        var quotations = RecordQuotations.Of(announcement, rendered);
        foreach (var warning in QuotationCheck.Warnings(announcement, quotations))
        {
            context.Diagnostics.Add(warning);
        }

        yield return input.With(MetadataKeys.Quotations, quotations);
    }
}
