using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Markdown;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Modules;

/// <summary>Builds the page model of each announcement (needs the site index for previous/next/related).</summary>
public sealed class PrepareAnnouncementPage : ParallelModule
{
    /// <summary>Layout used when a record does not name one.</summary>
    public const string DefaultLayout = "announcement";

    /// <inheritdoc/>
    protected override IEnumerable<Document> Map(Document input, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var announcement = input.GetRequired<Announcement>(MetadataKeys.Announcement);
        var body = input.GetRequired<RenderedMarkdown>(MetadataKeys.Rendered);
        // A pipeline that reuses earlier renders may bring the body without its quotations;
        // crediting them again is cheap and gives the same answer.
        var quotations = input.Get<IReadOnlyList<Quotation>>(MetadataKeys.Quotations) ?? RecordQuotations.Of(announcement, body);
        var layout = announcement.Layout ?? DefaultLayout;
        if (!site.Templates.HasLayout(layout))
        {
            // Reported at the record, where the editor can fix it, rather than at a missing file.
            throw new BuildFailureException(new Diagnostic(Codes.UnknownLayout.Code, Severity.Error, announcement.SourcePath, 1, 1,
                $"layout '{layout}' is neither in the theme nor under the input folder (looked for layouts/{layout}.liquid)",
                "Remove 'layout' to use the default, or add the layout file."));
        }

        yield return input
            .With(MetadataKeys.Model, PageModels.Announcement(announcement, body, quotations, site))
            .With(MetadataKeys.Layout, layout)
            .With(MetadataKeys.SitemapUrl, announcement.Url)
            .With(MetadataKeys.LastModified, announcement.Date);
    }
}
