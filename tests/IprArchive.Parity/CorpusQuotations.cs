using System.Text.RegularExpressions;
using IprArchive.Search;
using IprArchive.Statements;

namespace IprArchive.Parity;

/// <summary>
/// The quotations of a corpus record, found as the site finds them (the site's own
/// <see cref="QuoteSpans"/> for words in quotation marks, and block quotations) but credited
/// minimally: to the record's only speaker, or to nobody. Parity needs quotation documents of
/// both kinds, not the site's attribution rules.
/// </summary>
public static partial class CorpusQuotations
{
    /// <summary>Block and inline quotations in reading order, numbered q-1, q-2…</summary>
    public static IReadOnlyList<SearchQuotation> Find(IReadOnlyList<string> paragraphs, IReadOnlyList<(string Text, int Before)> blocks, SearchEntity? speaker, string? credit)
    {
        var found = new List<(int Paragraph, bool IsBlock, string Text)>();
        for (var i = 0; i <= paragraphs.Count; i++)
        {
            found.AddRange(blocks.Where(b => b.Before == i).Select(b => (i, true, b.Text)));
            if (i == paragraphs.Count) break;
            var text = paragraphs[i];
            found.AddRange(QuoteSpans.Find(text)
                .Where(q => QuoteSpans.IsStatement(q, text[..q.Start], text[q.End..]))
                .Select(q => (i, false, Whitespace().Replace(q.Text, " "))));
        }
        return [.. found.Select((q, n) => new SearchQuotation($"q-{n + 1}", q.Text, q.Paragraph, q.IsBlock, speaker, speaker is null ? null : credit))];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
