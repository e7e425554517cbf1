using System.Text.RegularExpressions;

namespace IprArchive.Statements;

/// <summary>A quoted passage inside a paragraph's text: the offsets include the quotation marks.</summary>
public readonly record struct QuoteSpan(int Start, int End, string Text)
{
    /// <summary>Offset just after the opening mark.</summary>
    public int InnerStart => Start + 1;

    /// <summary>Offset of the closing mark.</summary>
    public int InnerEnd => End - 1;
}

/// <summary>
/// Finds direct speech in a paragraph: “typographic”, "straight", 「corner」 and 『white corner』
/// quotation marks. Nested or unbalanced marks are left alone rather than guessed at.
/// </summary>
public static partial class QuoteSpans
{
    private const int StatementWords = 4;

    private static readonly (char Open, char Close)[] Pairs = [('“', '”'), ('"', '"'), ('「', '」'), ('『', '』'), ('„', '“')];

    /// <summary>Quoted passages of <paramref name="text"/> in order, without overlaps.</summary>
    public static IReadOnlyList<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var pair = Array.FindIndex(Pairs, p => p.Open == text[i]);
            var close = pair < 0 ? -1 : text.IndexOf(Pairs[pair].Close, i + 1);
            if (close > i + 1)
            {
                spans.Add(new QuoteSpan(i, close + 1, text[(i + 1)..close].Trim()));
                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return spans;
    }

    /// <summary>
    /// True when a quoted passage is someone's statement rather than a title, a term or scare
    /// quotes ("Belt and Road", "IP powerhouse"): four words or more, or two or more with a speech
    /// cue beside it ("…," said Gan / Gan said: "…") or ending like a sentence. Chinese counts two
    /// characters as a word.
    /// </summary>
    public static bool IsStatement(QuoteSpan span, string before, string after)
    {
        var words = WordCount(span.Text);
        if (words >= StatementWords)
        {
            return true;
        }

        return words >= 2 && (span.Text[^1] is '.' or '!' or '?' or ',' or '。' or '！' or '？' || CueAfter().IsMatch(after) || CueBefore().IsMatch(before));
    }

    private static int WordCount(string text)
    {
        var ideographs = text.Count(c => c >= '\u3400' && c <= '\u9FFF');
        return Word().Count(text) + ideographs / 2;
    }

    // Letters other than ideographs (those are counted apart: Chinese does not space its words).
    [GeneratedRegex(@"[\p{L}-[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}]]+(?:['’]\p{L}+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s*[,，—–-]?\s*(?:(?:" + QuoteAttributor.Verbs + @")\b|(?:he|she|[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)\s+(?:" + QuoteAttributor.Verbs + @")\b)")]
    private static partial Regex CueAfter();

    [GeneratedRegex(@"(?:\b(?:" + QuoteAttributor.Verbs + @")\b[^.!?]{0,40}|:)\s*$")]
    private static partial Regex CueBefore();
}
