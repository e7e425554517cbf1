using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// The permalink of one quotation: it lands on the quotation (<c>#q-N</c>) and asks the browser
/// to highlight its words (<c>:~:text=</c>). The page's script builds the quotation's citation
/// around it from the record's citation, so the words are printed once, in the text.
/// </summary>
public static class QuotationCitation
{
    // A text directive names a long quotation by its first and last words, which is enough to
    // find it and keeps the link short.
    private const int EdgeWords = 4;

    /// <summary>The quotation's permalink with a text fragment: <c>…/#q-1:~:text=first%20words,last%20words</c>.</summary>
    public static string Permalink(string absolutePageUrl, Quotation q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return $"{absolutePageUrl}#{q.Id}:~:text={TextDirective(q.Text)}";
    }

    /// <summary>
    /// The <c>text=</c> value for <paramref name="quoted"/>: the whole text when short, otherwise
    /// <c>start,end</c>. Each part is percent-encoded, including the <c>-</c>, <c>,</c> and
    /// <c>&amp;</c> that the directive syntax reserves.
    /// </summary>
    public static string TextDirective(string quoted)
    {
        ArgumentNullException.ThrowIfNull(quoted);
        var words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= EdgeWords * 2 || IsUnspaced(quoted))
        {
            return Encode(quoted);
        }

        return Encode(string.Join(' ', words.Take(EdgeWords))) + "," + Encode(string.Join(' ', words.TakeLast(EdgeWords)));
    }

    // Chinese has no spaces to cut at; the whole quotation is the directive.
    private static bool IsUnspaced(string text) => !text.Contains(' ', StringComparison.Ordinal);

    private static string Encode(string text) => Uri.EscapeDataString(text).Replace("-", "%2D", StringComparison.Ordinal);
}
