using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Markdown;
using IprArchive.Pipelines.Site;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Records;

/// <summary>
/// Compiles records: renders each body once (sanitised, anchored), credits its quotations and
/// keeps the result in a <see cref="BodyStore"/>. The build's Inputs pipeline and
/// <c>iprarchive check</c> both compile through here, with the same renderer settings, so they
/// report the same warnings from the same single render.
/// </summary>
public sealed class RecordCompiler(MarkdownRenderer markdown, BodyStore bodies)
{
    /// <summary>A compiler for <c>check</c>: the renderer configured from the site's settings, as a build makes it; bodies are not kept.</summary>
    public static RecordCompiler ForCheck(SiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var urls = new Output.SiteUrls(settings.BaseUrl);
        return new RecordCompiler(new MarkdownRenderer(urls.Host, urls.BasePath, settings.ImageHosts), new BodyStore(folder: null));
    }

    /// <summary>
    /// The compiled record and its warnings (IPR050, quotations nobody can be credited with).
    /// A body too deeply nested to render is error IPR026 at the record, thrown as a
    /// <see cref="Engine.BuildFailureException"/>.
    /// </summary>
    public (CompiledRecord Record, IEnumerable<Diagnostic> Warnings) Compile(Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        RenderedMarkdown rendered;
        try
        {
            rendered = markdown.Render(announcement.Body.Read());
        }
        catch (MarkdownTooDeepException ex)
        {
            throw new Engine.BuildFailureException(QuotationCheck.TooDeep(announcement, ex));
        }

        var quotations = RecordQuotations.Of(announcement, rendered);
        var lead = rendered.Paragraphs is { Count: > 0 } paragraphs ? paragraphs[0].Text : null;
        var record = new CompiledRecord(announcement, quotations, lead, bodies.Keep(rendered));
        return (record, QuotationCheck.Warnings(announcement, quotations));
    }

    /// <summary>What <c>check</c> reports of every record's body: IPR026 and IPR050, sorted, each body rendered once.</summary>
    public IReadOnlyList<Diagnostic> Check(IEnumerable<Announcement> announcements) =>
        [.. announcements
            .AsParallel()
            .SelectMany(CheckOne)
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)];

    private IEnumerable<Diagnostic> CheckOne(Announcement announcement)
    {
        try
        {
            return [.. Compile(announcement).Warnings];
        }
        catch (Engine.BuildFailureException ex)
        {
            return [ex.Diagnostic];
        }
    }
}
