using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Markdown;

namespace IprArchive.Statements;

/// <summary>
/// Warning IPR050 for every quotation whose speaker cannot be told for sure, at the file, line
/// and column of its opening mark. The build and <c>iprarchive check</c> report the same warnings.
/// </summary>
public static class QuotationCheck
{
    /// <summary>The IPR050 warnings of every record in <paramref name="content"/>.</summary>
    public static IReadOnlyList<Diagnostic> Run(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var renderer = new MarkdownRenderer();
        return [.. content.Announcements
            .AsParallel()
            .SelectMany(a => Check(a, renderer))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)];
    }

    /// <summary>Error IPR026 for a body too deeply nested to render, at the first line of the body.</summary>
    public static Diagnostic TooDeep(Announcement announcement, MarkdownTooDeepException problem)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(problem);
        var descriptor = Codes.BodyTooDeep;
        return new Diagnostic(descriptor.Code, descriptor.Severity, announcement.SourcePath, announcement.BodyLine, 1, problem.Message, descriptor.Hint);
    }

    // Renders one body; a body that cannot be rendered is one error at its file, not a crash of the whole check.
    private static IEnumerable<Diagnostic> Check(Announcement announcement, MarkdownRenderer renderer)
    {
        RenderedMarkdown rendered;
        try
        {
            rendered = renderer.Render(announcement.Body.Read());
        }
        catch (MarkdownTooDeepException ex)
        {
            return [TooDeep(announcement, ex)];
        }

        return Warnings(announcement, RecordQuotations.Of(announcement, rendered));
    }

    /// <summary>The IPR050 warnings of one record's <paramref name="quotations"/>.</summary>
    public static IEnumerable<Diagnostic> Warnings(Announcement announcement, IEnumerable<Quotation> quotations)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(quotations);
        foreach (var quotation in quotations.Where(q => q.Ambiguity is not null))
        {
            var at = Location(announcement, quotation);
            var descriptor = Codes.AmbiguousQuotation;
            yield return new Diagnostic(descriptor.Code, descriptor.Severity, at.File, at.Line, at.Column,
                $"quotation {quotation.Id} (\u201C{Excerpt(quotation.Text)}\u201D) has no sure speaker: {quotation.Ambiguity}", descriptor.Hint);
        }
    }

    /// <summary>Where the quotation starts in the record's file: the body's first line plus its line in the body.</summary>
    public static SourceLocation Location(Announcement announcement, Quotation quotation)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(quotation);
        return new SourceLocation(announcement.SourcePath, announcement.BodyLine + (quotation.Line ?? 1) - 1, quotation.Column ?? 1);
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..39].TrimEnd() + "…";
}
