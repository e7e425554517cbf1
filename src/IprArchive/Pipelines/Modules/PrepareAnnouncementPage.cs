using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Readies each announcement's page: its layout, and the page model, built when the page is
/// written from the compiled record's body (the model needs the site index for
/// previous/next/related, read from <c>dataPipeline</c>'s documents).
/// </summary>
public sealed class PrepareAnnouncementPage(string dataPipeline) : ParallelModule
{
    /// <summary>Layout used when a record does not name one.</summary>
    public const string DefaultLayout = "announcement";

    /// <inheritdoc/>
    protected override IEnumerable<Document> Map(Document input, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var index = BuildSiteIndex.IndexOf(context.OutputsOf(dataPipeline));
        var record = input.GetRequired(MetadataKeys.Record);
        var announcement = record.Announcement;
        var layout = announcement.Layout ?? DefaultLayout;
        if (!site.Templates.HasLayout(layout))
        {
            // Reported at the record, where the editor can fix it, rather than at a missing file.
            throw new BuildFailureException(new Diagnostic(Codes.UnknownLayout.Code, Severity.Error, announcement.SourcePath, 1, 1,
                $"layout '{layout}' is not a layout of the theme (looked for layouts/{layout}.liquid in theme/ and input/theme/)",
                "Remove 'layout' to use the default, or add the layout file."));
        }

        // The page shows the record, its neighbours in time and its related records.
        yield return (input with { MadeFrom = new Fingerprint(() => [record, index.Older(announcement), index.Newer(announcement), index.Related(announcement)]) })
            .With(MetadataKeys.Model, () => PageModels.Announcement(announcement, record.Rendered(), record.Quotations, index, site))
            .With(MetadataKeys.Layout, layout);
    }
}
