using System.Text;
using IprArchive.Content;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// The "Copy citation" text of one quotation: the quoted words, who said them with their role
/// and organisation at the time, the event, the date, and a permalink that lands on the
/// quotation (<c>#q-N</c>) and asks the browser to highlight its words (<c>:~:text=</c>).
/// </summary>
public static class QuotationCitation
{
    // A text directive names a long quotation by its first and last words, which is enough to
    // find it and keeps the link short.
    private const int EdgeWords = 4;

    /// <summary>"Gan Shaoning (Deputy head, CNIPA): “…” Press conference, 1 November 2021. IPR Archive, https://…#q-1:~:text=…".</summary>
    public static string Text(Announcement a, Quotation q, string permalink, string archiveName)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(q);
        var text = new StringBuilder();
        text.Append(q.Speaker is { } s ? Who(s, a.Date) : "Unattributed").Append(": \u201C").Append(q.Text).Append('\u201D');
        if (!string.IsNullOrWhiteSpace(a.Event))
        {
            text.Append(' ').Append(a.Event.TrimEnd('.')).Append(',');
        }

        text.Append(' ').Append(AnnouncementViews.DisplayDate(a.Date)).Append(". ");
        text.Append(archiveName).Append(", ").Append(permalink);
        return text.ToString();
    }

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

    private static string Who(SpeakerCredit credit, DateOnly date)
    {
        var detail = string.Join(", ", new[] { credit.Role, AnnouncementViews.NameOn(credit.Organization, date) }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return detail.Length == 0 ? credit.Speaker.Name : $"{credit.Speaker.Name} ({detail})";
    }

    // Chinese has no spaces to cut at; the whole quotation is the directive.
    private static bool IsUnspaced(string text) => !text.Contains(' ', StringComparison.Ordinal);

    private static string Encode(string text) => Uri.EscapeDataString(text).Replace("-", "%2D", StringComparison.Ordinal);
}
