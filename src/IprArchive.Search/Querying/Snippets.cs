using System.Buffers;
using System.Text;
using IprArchive.Search.Analysis;
using IprArchive.Search.Indexing;

namespace IprArchive.Search.Querying;

/// <summary>
/// Result snippets, the same as the browser's highlight.js so the CLI and the page agree: the
/// passage (at most 200 characters, 600 for a quotation so that its sentences come whole, cut at
/// word boundaries) with the most distinct query terms, then the most hits, then the earliest;
/// query terms in &lt;mark&gt; (a phrase as one mark), everything else escaped.
/// </summary>
internal static class Snippets
{
    private const int RecordMaxChars = 200;
    private const int QuotationMaxChars = 600;
    private const char Ellipsis = '…';

    private sealed record Passage(int ParagraphIndex, int Start, int End, List<AnalyzedToken> Hits, int Distinct);

    /// <summary>
    /// Snippet HTML and where the hit links to in the page: the anchor of the passage's paragraph
    /// ("#p-N", a block quotation's "#q-N"), or an inline quotation's "#q-N" when every marked word
    /// is inside it; "" without paragraphs, and for a quotation's document (its URL has the anchor).
    /// </summary>
    public static (string Html, string Anchor) Make(StoredPassages passages, bool isQuote, QueryTerms query, ArchiveAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var (html, paragraph, hits) = Best(passages.Paragraphs, query, analyzer, isQuote ? QuotationMaxChars : RecordMaxChars);
        if (isQuote || paragraph < 0) return (html, "");
        if (hits.Count == 0) return (html, "#" + passages.AnchorOf(paragraph));
        var start = hits.Min(h => h.Start);
        var end = hits.Max(h => h.End);
        var quoted = passages.QuotedRanges.FirstOrDefault(r => r.Paragraph == paragraph && r.Start <= start && end <= r.End);
        return (html, "#" + (quoted?.Anchor ?? passages.AnchorOf(paragraph)));
    }

    /// <summary>The best passage's HTML, its paragraph (-1 without one) and its marked words (none for a leading snippet).</summary>
    private static (string Html, int Paragraph, IReadOnlyList<AnalyzedToken> Hits) Best(IReadOnlyList<string> paragraphs, QueryTerms query, ArchiveAnalyzer analyzer, int maxChars)
    {
        Passage? best = null;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var text = paragraphs[index];
            var hits = AnalyzedToken.Analyze(analyzer, text).Where(t => query.Matches(t.Term)).ToList();
            foreach (var anchor in hits)
            {
                var passage = PassageAround(text, anchor, hits, index, maxChars);
                if (best is null || IsBetter(passage, best)) best = passage;
            }
        }
        if (best is not null) return (Render(paragraphs[best.ParagraphIndex], best, query.PhraseTerms, analyzer), best.ParagraphIndex, best.Hits);
        var (html, leading) = Leading(paragraphs, maxChars);
        return (html, leading, []);
    }

    private static bool IsBetter(Passage a, Passage b)
    {
        if (a.Distinct != b.Distinct) return a.Distinct > b.Distinct;
        if (a.Hits.Count != b.Hits.Count) return a.Hits.Count > b.Hits.Count;
        if (a.ParagraphIndex != b.ParagraphIndex) return a.ParagraphIndex < b.ParagraphIndex;
        return a.Start < b.Start;
    }

    private static Passage PassageAround(string text, AnalyzedToken anchor, List<AnalyzedToken> hits, int paragraphIndex, int maxChars)
    {
        // A paragraph that fits is shown whole: a quotation's sentences are not cut.
        var start = text.Length <= maxChars ? 0 : WordStartBefore(text, anchor.Start, maxChars / 5);
        var end = WordEndBefore(text, Math.Min(text.Length, start + maxChars), anchor.End);
        var inside = hits.Where(h => h.Start >= start && h.End <= end).ToList();
        return new Passage(paragraphIndex, start, end, inside, inside.Select(h => h.Term).Distinct().Count());
    }

    /// <summary>Start about <paramref name="lead"/> characters before <paramref name="position"/>, at a word start.</summary>
    private static int WordStartBefore(string text, int position, int lead)
    {
        if (position <= lead) return 0;
        var space = text.AsSpan(position - lead, lead).IndexOfAny(JsWhiteSpace);
        if (space < 0) return position;
        var start = position - lead + space;
        while (start < position && IsSpace(text[start])) start++;
        return start;
    }

    /// <summary>The last word boundary at or before <paramref name="limit"/> (never before <paramref name="minimum"/>).</summary>
    private static int WordEndBefore(string text, int limit, int minimum)
    {
        var end = limit;
        if (end < text.Length && !IsSpace(text[end]))
        {
            var cut = text.AsSpan(minimum, end - minimum).LastIndexOfAny(JsWhiteSpace);
            end = cut >= 0 ? minimum + cut : Math.Max(minimum, end);
        }
        if (end > 0 && end < text.Length && char.IsHighSurrogate(text[end - 1])) end++;
        while (end > minimum && IsSpace(text[end - 1])) end--;
        return end;
    }

    private static string Render(string text, Passage passage, IReadOnlySet<string> phraseTerms, ArchiveAnalyzer analyzer)
    {
        var html = new StringBuilder();
        if (passage.Start > 0) html.Append(Ellipsis);
        var at = passage.Start;
        foreach (var (start, end, _) in MergeAdjacent(text, passage.Hits, phraseTerms, analyzer))
        {
            html.Append(Escape(text[at..start])).Append("<mark>").Append(Escape(text[start..end])).Append("</mark>");
            at = end;
        }
        html.Append(Escape(text[at..passage.End]));
        if (passage.End < text.Length) html.Append(Ellipsis);
        return html.ToString();
    }

    /// <summary>
    /// Hits that overlap or touch (CJK bigrams) become one marked range, and so do a phrase's words
    /// standing apart by spaces and stop words only ("firmly stick to the path of multilateralism"),
    /// exactly as highlight.js merges them.
    /// </summary>
    private static List<(int Start, int End, string Term)> MergeAdjacent(string text, List<AnalyzedToken> hits, IReadOnlySet<string> phraseTerms, ArchiveAnalyzer analyzer)
    {
        var ranges = new List<(int Start, int End, string Term)>();
        foreach (var hit in hits)
        {
            var last = ranges.Count > 0 ? ranges[^1] : default;
            var touching = ranges.Count > 0 && hit.Start <= last.End;
            var phrase = ranges.Count > 0 && !touching && phraseTerms.Contains(last.Term) && phraseTerms.Contains(hit.Term) && OnlyStopWordsBetween(text, last.End, hit.Start, analyzer);
            if (touching || phrase)
                ranges[^1] = (last.Start, Math.Max(last.End, hit.End), hit.Term);
            else ranges.Add((hit.Start, hit.End, hit.Term));
        }
        return ranges;
    }

    /// <summary>Only white space and letters that analyze to nothing (stop words) between two hits: no punctuation, no other word.</summary>
    private static bool OnlyStopWordsBetween(string text, int start, int end, ArchiveAnalyzer analyzer)
    {
        var gap = text[start..end];
        return gap.All(c => IsSpace(c) || char.IsLetter(c)) && AnalyzedToken.Analyze(analyzer, gap).Count == 0;
    }

    /// <summary>Nothing matched in the paragraphs: the beginning of the first non-empty one, and its index.</summary>
    private static (string Html, int Paragraph) Leading(IReadOnlyList<string> paragraphs, int maxChars)
    {
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var text = paragraphs[index];
            if (text.AsSpan().IndexOfAnyExcept(JsWhiteSpace) < 0) continue;
            var end = WordEndBefore(text, Math.Min(text.Length, maxChars), 0);
            if (end == 0) end = Math.Min(text.Length, maxChars);
            return (Escape(text[..end]) + (end < text.Length ? "…" : ""), index);
        }
        return ("", -1);
    }

    /// <summary>Escapes the five characters highlight.js escapes, the same way.</summary>
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>JavaScript's \s, so passages are cut where the browser cuts them.</summary>
    private static readonly SearchValues<char> JsWhiteSpace = SearchValues.Create("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff");

    private static bool IsSpace(char c) => JsWhiteSpace.Contains(c);
}
