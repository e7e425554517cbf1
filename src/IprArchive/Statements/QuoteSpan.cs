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
/// Finds direct speech in a paragraph: “typographic” (nested ones balanced), "straight",
/// ‘single’, 「corner」 and 『white corner』 quotation marks. Unbalanced marks are left alone
/// rather than guessed at. A statement in single marks that a quoted document reports with a
/// cue of its own ("… Gulbrandsen said, 'We …'") is the quotation, not the document around it.
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
            var close = pair < 0 ? SingleClose(text, i)
                : Pairs[pair].Open == '“' ? NestedClose(text, i)
                : Pairs[pair].Open == '"' ? FirstOf(text, i + 1, '"', '”')
                : text.IndexOf(Pairs[pair].Close, i + 1);
            if (close > i + 1)
            {
                var span = new QuoteSpan(i, close + 1, text[(i + 1)..close].Trim());
                spans.AddRange(pair >= 0 && Pairs[pair].Open is '“' or '"' ? WithNested(text, span, close) : [span]);
                i = close + 1;
            }
            else if (close < 0 && pair >= 0 && Pairs[pair].Open is '“' or '"' && OpensSentence(text, i))
            {
                // A quotation that runs on into the next paragraph opens each of its paragraphs
                // and closes only the last: an opening mark that starts a sentence and never
                // closes quotes the rest of the paragraph.
                spans.AddRange(WithNested(text, new QuoteSpan(i, text.Length, text[(i + 1)..].Trim()), text.Length));
                i = text.Length;
            }
            else
            {
                i++;
            }
        }

        return spans;
    }

    // The mark starts the paragraph or a sentence ("… he explains. “And then …", "She summed up: “…").
    private static bool OpensSentence(string text, int open) =>
        text.Length - open > MinRunOn && text[..open].TrimEnd() is var before && (before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '”' or '"');

    // Shorter than this, an unclosed mark is more likely a stray one than a paragraph of speech.
    private const int MinRunOn = 40;

    // “… “inner” …”: typographic marks nest; the span closes where they balance, or at the
    // first closing mark when they never do.
    private static int NestedClose(string text, int open)
    {
        var depth = 0;
        for (var j = open; j < text.Length; j++)
        {
            depth += text[j] == '“' ? 1 : text[j] == '”' ? -1 : 0;
            if (depth == 0)
            {
                return j;
            }
        }

        return FirstOf(text, open + 1, '”', '"');
    }

    // Marks as published are often mixed: "straight” or “typographic"; the first closing mark of either kind ends the span.
    private static int FirstOf(string text, int from, char close, char other)
    {
        var a = text.IndexOf(close, from);
        var b = text.IndexOf(other, from);
        return a < 0 ? b : b < 0 ? a : Math.Min(a, b);
    }

    // ‘Single marks’ as British and Korean papers use them: the opening mark starts a word, the
    // closing one ends a word and is not an apostrophe (it’s, members’ rights stay apostrophes
    // when a letter follows). Nested double marks inside are left to their own span.
    private static int SingleClose(string text, int open)
    {
        if (text[open] != '‘' || open + 1 >= text.Length || !char.IsLetterOrDigit(text[open + 1])
            || (open > 0 && !char.IsWhiteSpace(text[open - 1]) && text[open - 1] is not ('(' or '[' or '—' or '–' or '-' or ']')))
        {
            return -1;
        }

        for (var j = open + 2; j < text.Length && j - open < MaxSingleQuoted; j++)
        {
            if (text[j] is '‘' or '“' or '”')
            {
                return -1;
            }

            if (text[j] == '’' && !char.IsWhiteSpace(text[j - 1]) && (j + 1 == text.Length || !char.IsLetter(text[j + 1])))
            {
                return j;
            }
        }

        return -1;
    }

    private const int MaxSingleQuoted = 400;

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

        return words >= 2 && (span.Text[^1] is '.' or '!' or '?' or ',' or '。' or '！' or '？' || CueAfter().IsMatch(after) || CueBefore().IsMatch(before)
            || QuoteAttributor.TrailingClause().IsMatch(after) || QuoteAttributor.AccordingToAfter().IsMatch(after) || AccordingTo().IsMatch(before));
    }

    /// <summary>The quotations of four words or more in <paramref name="paragraphs"/>: what a short phrase may echo.</summary>
    public static IReadOnlyList<string> LongerQuotations(IEnumerable<string> paragraphs) =>
        [.. paragraphs.SelectMany(Find).Select(s => s.Text).Where(t => WordCount(t) >= StatementWords)];

    /// <summary>
    /// True when a short phrase (two or three words, not a title) repeats, word for word, words of
    /// a longer quotation of the same record: a lead that quotes the speaker ahead of the quotation
    /// ("the WIPO chief “very optimistic”" … "“My expectation … is very optimistic,” said Gurry").
    /// </summary>
    public static bool Echoes(QuoteSpan span, Lazy<IReadOnlyList<string>> longer)
    {
        ArgumentNullException.ThrowIfNull(longer);
        var words = WordCount(span.Text);
        return words is >= 2 and < StatementWords && char.IsLower(span.Text[0])
            && longer.Value.Any(quotation => ContainsPhrase(quotation, span.Text));
    }

    /// <summary>True when <paramref name="quotation"/> contains <paramref name="phrase"/> as whole words, ignoring case.</summary>
    internal static bool ContainsPhrase(string quotation, string phrase)
    {
        var at = quotation.IndexOf(phrase.TrimEnd('.', ',', '!', '?'), StringComparison.OrdinalIgnoreCase);
        var end = at + phrase.TrimEnd('.', ',', '!', '?').Length;
        return at >= 0 && (at == 0 || !char.IsLetter(quotation[at - 1])) && (end >= quotation.Length || !char.IsLetter(quotation[end]));
    }

    private static int WordCount(string text)
    {
        var ideographs = text.Count(c => c >= '\u3400' && c <= '\u9FFF');
        return Word().Count(text) + ideographs / 2;
    }

    // Letters other than ideographs (those are counted apart: Chinese does not space its words).
    [GeneratedRegex(@"[\p{L}-[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}]]+(?:['’]\p{L}+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s*[,，—–-]?\s*(?:(?:" + SpeechCues.Verbs + @")\b|(?:he|she|[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*)\s+(?:" + SpeechCues.Verbs + @")\b)")]
    private static partial Regex CueAfter();

    [GeneratedRegex(@"(?:\b(?:" + SpeechCues.Verbs + @")\b[^.!?]{0,40}|:)\s*$")]
    private static partial Regex CueBefore();

    [GeneratedRegex(@"\baccording to\s+[A-Z][^.!?""“”]{0,100}$")]
    private static partial Regex AccordingTo();
}
