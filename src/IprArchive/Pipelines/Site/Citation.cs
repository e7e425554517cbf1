using System.Globalization;
using System.Text;
using IprArchive.Content;
using IprArchive.Pipelines.Views;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// The "Cite this" texts. Plain text follows a common author-title-event-date-URL pattern;
/// BibTeX is an <c>@misc</c> entry with <c>urldate</c>. Both leave the access date to the page's
/// script (the build cannot know when the reader accessed it).
/// </summary>
public static class Citation
{
    /// <summary>Builds the citation of <paramref name="a"/> published at <paramref name="absoluteUrl"/>.</summary>
    public static CitationView For(Announcement a, string absoluteUrl, string archiveName)
    {
        var authors = string.Join(", ", a.Speakers.Select(s => s.Speaker.Name));
        var date = AnnouncementViews.DisplayDate(a.Date);
        var eventPart = string.IsNullOrWhiteSpace(a.Event) ? "" : $" {a.Event},";
        var textBefore = $"{authors}, \u201C{a.Title}\u201D,{eventPart} {date}. {archiveName}, {absoluteUrl} (accessed ";

        var bibtex = new StringBuilder();
        bibtex.Append(CultureInfo.InvariantCulture, $"@misc{{{Key(a)},\n");
        Field(bibtex, "author", string.Join(" and ", a.Speakers.Select(s => "{" + Escape(s.Speaker.Name) + "}")), escape: false);
        Field(bibtex, "title", "{" + Escape(a.Title) + "}", escape: false);
        if (!string.IsNullOrWhiteSpace(a.Event))
        {
            Field(bibtex, "howpublished", a.Event);
        }

        Field(bibtex, "date", AnnouncementViews.IsoDate(a.Date));
        Field(bibtex, "year", a.Date.Year.ToString("D4", CultureInfo.InvariantCulture));
        Field(bibtex, "language", a.Language);
        Field(bibtex, "organization", archiveName);
        Field(bibtex, "url", absoluteUrl);
        bibtex.Append("  urldate = {");
        return new CitationView(textBefore, ").", bibtex.ToString(), "}\n}");
    }

    /// <summary>An ASCII key such as <c>shen2021nationalplan…</c> (BibTeX tools choke on other characters).</summary>
    private static string Key(Announcement a)
    {
        var family = a.Speakers.Count > 0 ? Content.Slug.From(a.Speakers[0].Speaker.Name).Split('-')[0] : "";
        var key = new string($"{Ascii(family)}{a.Date.Year:D4}{Ascii(a.Slug)}".Take(40).ToArray());
        return char.IsAsciiLetter(key[0]) ? key : "ipr" + key;
    }

    private static string Ascii(string text) => new([.. text.Where(char.IsAsciiLetterOrDigit)]);

    private static void Field(StringBuilder bibtex, string name, string value, bool escape = true) =>
        bibtex.Append(CultureInfo.InvariantCulture, $"  {name} = {{{(escape ? Escape(value) : value)}}},\n");

    /// <summary>Escapes BibTeX's special characters so that a title cannot break the entry.</summary>
    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '{' or '}' or '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '\\' => "\\textbackslash{}",
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
