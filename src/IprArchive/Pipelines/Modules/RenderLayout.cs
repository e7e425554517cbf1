using IprArchive.Diagnostics;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Pipelines.Views;
using IprArchive.Rendering;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Builds each document's page model (<see cref="MetadataKeys.Model"/>) and renders it with its layout into its content.
/// The site pipelines leave this to <see cref="WriteFiles"/>, which renders each page just before
/// writing it so that the whole site's HTML is never held in memory at once; this module is for
/// pipelines that need the HTML earlier.
/// </summary>
public sealed class RenderLayout : ParallelModule
{
    /// <summary>True when <paramref name="document"/> has a page model still to render.</summary>
    public static bool NeedsRendering(Document document) =>
        document.Content is null && document.Get(MetadataKeys.Model) is not null;

    /// <summary>The text to write for <paramref name="document"/>: its content, made now by its factory or rendered from its page model; null for a file to copy.</summary>
    public static string? ContentOf(Document document, SiteContext site)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Content is not null) return document.Content;
        if (document.Get(MetadataKeys.ContentFactory) is { } make) return make();
        return NeedsRendering(document) ? Render(document, site) : null;
    }

    /// <summary>Renders one page; a template problem becomes a located diagnostic.</summary>
    public static string Render(Document document, SiteContext site)
    {
        var model = document.GetRequired(MetadataKeys.Model)();
        var layout = document.GetRequired(MetadataKeys.Layout);
        var withShell = document.Get(MetadataKeys.WithShell) ?? true;
        try
        {
            return site.Templates.RenderPage(layout, model, withShell);
        }
        catch (TemplateException ex)
        {
            // One diagnostic per template, however many pages use it: the message names the
            // template, not the page.
            throw new BuildFailureException(new Diagnostic(Codes.TemplateError.Code, Severity.Error, ex.TemplatePath, 1, 1, ex.Message,
                "Fix the layout in the theme, or the file of the same path under the input folder that overrides it."));
        }
    }

    /// <inheritdoc/>
    protected override IEnumerable<Document> Map(Document input, PipelineContext context)
    {
        yield return NeedsRendering(input) ? input with { Content = Render(input, context.Get<SiteContext>()) } : input;
    }
}
