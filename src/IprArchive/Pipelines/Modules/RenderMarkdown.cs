using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>Renders each announcement's Markdown body (sanitised, anchored) into <see cref="MetadataKeys.Rendered"/>.</summary>
public sealed class RenderMarkdown : ParallelModule
{
    /// <inheritdoc/>
    protected override IEnumerable<Document> Map(Document input, PipelineContext context)
    {
        var announcement = input.GetRequired<Announcement>(MetadataKeys.Announcement);
        var rendered = context.Get<SiteContext>().Markdown.Render(announcement.Body);
        foreach (var quotation in rendered.Quotations)
        {
            if (QuotationCredits.Of(quotation, announcement).Problem is { } problem)
            {
                var line = announcement.BodyLine + (quotation.Line ?? 1) - 1;
                context.Diagnostics.Report(Codes.AmbiguousQuotation, new SourceLocation(announcement.SourcePath, line, 1), problem);
            }
        }

        yield return input.With(MetadataKeys.Rendered, rendered);
    }
}
