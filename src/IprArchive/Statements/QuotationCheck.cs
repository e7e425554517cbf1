using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Markdown;

namespace IprArchive.Statements;

/// <summary>
/// Warning IPR050 for every quotation whose speaker cannot be told for sure, at the file, line
/// and column of its opening mark. The build and <c>iprarchive check</c> report the same warnings
/// (both compile records through <c>RecordCompiler</c>).
/// </summary>
public static class QuotationCheck
{
    /// <summary>Error IPR026 for a body too deeply nested to render, at the first line of the body.</summary>
    public static Diagnostic TooDeep(Announcement announcement, MarkdownTooDeepException problem)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(problem);
        var descriptor = Codes.BodyTooDeep;
        return new Diagnostic(descriptor.Code, descriptor.Severity, announcement.SourcePath, announcement.BodyLine, 1, problem.Message, descriptor.Hint);
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
