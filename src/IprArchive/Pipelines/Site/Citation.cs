using IprArchive.Content;
using IprArchive.Pipelines.Views;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// The "Cite this record" text, in the style of the MHRA Style Guide (3rd edition, §11.2.10,
/// online publications): single curly quotation marks around the title with the comma outside
/// them, the original publisher and its URL in angle brackets, then the archive's copy and the
/// date accessed in square brackets. The build cannot know when the reader accessed the page,
/// so the text is split around the access date, which the page's script fills in.
/// </summary>
/// <example>
/// Gan Shaoning, ‘China to boost international IPR cooperation’, Press conference, 1 November 2021,
/// Qiushi &lt;http://en.qstheory.cn/…&gt;, archived in IprArchive &lt;https://…/&gt; [accessed 4 December 2026].
/// </example>
public static class Citation
{
    /// <summary>Builds the citation of <paramref name="a"/> published at <paramref name="absoluteUrl"/>.</summary>
    public static CitationView For(Announcement a, string absoluteUrl, string archiveName)
    {
        ArgumentNullException.ThrowIfNull(a);
        var authors = a.Speakers.Count == 0 ? "" : Authors(a) + ", ";
        var before = $"{authors}\u2018{TrimClosingPunctuation(a.Title)}\u2019, {Where(a)}, archived in {archiveName} <{absoluteUrl}> [accessed ";
        return new CitationView(before, "].");
    }

    /// <summary>
    /// "Press conference, 1 November 2021, Qiushi &lt;http://…&gt;": what comes after the quoted
    /// title or words, so that a quotation's citation (built by the page's script) says the same.
    /// </summary>
    public static string Where(Announcement a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(a.Event))
        {
            parts.Add(a.Event.Trim().TrimEnd('.'));
        }

        parts.Add(AnnouncementViews.DisplayDate(a.Date));
        var sourceUrl = AnnouncementViews.SafeHttpUrl(a.Source?.Url);
        // Without a publisher, the host says whose site it is ("en.qstheory.cn").
        var publisher = a.Source?.Publisher?.Trim() is { Length: > 0 } named ? named : sourceUrl is null ? null : new Uri(sourceUrl).Host;
        if (publisher is { Length: > 0 } || sourceUrl is not null)
        {
            parts.Add(string.Join(' ', new[] { publisher, sourceUrl is null ? null : $"<{sourceUrl}>" }.Where(p => !string.IsNullOrEmpty(p))));
        }

        return string.Join(", ", parts);
    }

    /// <summary>"Shen Changyu and Gan Shaoning"; three or more are joined with commas and a final "and".</summary>
    public static string Authors(Announcement a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var names = a.Speakers.Select(s => s.Speaker.Name).ToList();
        return names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names[..^1]) + ", and " + names[^1];
    }

    /// <summary>
    /// Drops a comma, colon or semicolon that ends quoted words: MHRA puts the sentence's own
    /// punctuation outside the closing mark, and a quotation cut before "said Gan" ends with one.
    /// </summary>
    public static string TrimClosingPunctuation(string quoted) => quoted.TrimEnd().TrimEnd(',', ';', ':');
}
