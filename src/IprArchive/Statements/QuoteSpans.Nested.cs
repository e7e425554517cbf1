using System.Text.RegularExpressions;

namespace IprArchive.Statements;

/// <summary>
/// Statements nested in a quoted document: a press release or a report quoted in double marks
/// that itself quotes someone in single marks, with its own cue beside the inner quotation
/// ("“With regard to the patents, Gulbrandsen said, ‘We …’”", "“‘We are confident …,’ he said.").
/// The inner quotation is the person's statement; the document's narration around it is no one's
/// here. Without such a cue inside the outer marks (a term in single marks, or a statement the
/// paragraph before introduces), the outer quotation stays whole.
/// </summary>
public static partial class QuoteSpans
{
    private const int MaxInner = 1200;

    // A cue sits right beside the inner quotation: "…, Director General Daren Tang said, ‘".
    private const int FrameReach = 160;

    /// <summary>
    /// The statements in single marks inside <paramref name="outer"/> when the outer quotation's own
    /// words cue one of them; else <paramref name="outer"/> alone. <paramref name="closeMark"/> is the
    /// offset of the outer closing mark, or the text's length when the quotation runs on.
    /// </summary>
    private static List<QuoteSpan> WithNested(string text, QuoteSpan outer, int closeMark)
    {
        var inner = new List<QuoteSpan>();
        var cued = false;
        for (var j = outer.Start + 1; j < closeMark; j++)
        {
            if (text[j] is not ('\'' or '‘') || !OpensInner(text, j, outer.Start) || InnerClose(text, j, closeMark) is not (> 0 and var close))
            {
                continue;
            }

            inner.Add(new QuoteSpan(j, close + 1, text[(j + 1)..close].Trim()));
            var before = text[Math.Max(outer.Start + 1, j - FrameReach)..j];
            var after = text[(close + 1)..Math.Min(closeMark, close + 1 + FrameReach)];
            cued |= FrameCueBefore().IsMatch(before) || FrameCueAfter().IsMatch(after);
            j = close;
        }

        return cued ? inner : [outer];
    }

    // The single mark opens words: right after the outer mark, a space or a dash, before a letter.
    private static bool OpensInner(string text, int open, int outerOpen) =>
        open + 1 < text.Length && char.IsLetterOrDigit(text[open + 1])
        && (open == outerOpen + 1 || char.IsWhiteSpace(text[open - 1]) || text[open - 1] is '(' or '—' or '–');

    // The closing mark ends a word and no letter follows it (it's and Thomson's stay apostrophes);
    // a double mark on the way means the marks are not nested as read.
    private static int InnerClose(string text, int open, int closeMark)
    {
        for (var j = open + 2; j < closeMark && j - open < MaxInner; j++)
        {
            if (text[j] is '“' or '”' or '"')
            {
                return -1;
            }

            if (text[j] is '\'' or '’' && !char.IsWhiteSpace(text[j - 1]) && (j + 1 >= closeMark || !char.IsLetter(text[j + 1])))
            {
                return j;
            }
        }

        return -1;
    }

    // Inside the outer marks, before the inner quotation: "… Gulbrandsen said, ‘" / "He added: ‘".
    [GeneratedRegex(@"(?:\b(?:[Hh]e|[Ss]he)|" + QuoteAttributor.Descriptor + "|" + QuoteAttributor.Name + @")(?:,[^,]{1,90},)?\s+(?:also\s+)?(?:" + SpeechCues.FrameVerbs + @")\s*[,:]?\s*$")]
    private static partial Regex FrameCueBefore();

    // Inside the outer marks, after the inner quotation: "’ he said." / "’ said Gulbrandsen".
    [GeneratedRegex(@"^[\s,]*(?:(?:he|she|" + QuoteAttributor.Descriptor + "|" + QuoteAttributor.Name + @")\s+(?:also\s+)?(?:" + SpeechCues.FrameVerbs + @")|(?:" + SpeechCues.FrameVerbs + @")\s+(?:" + QuoteAttributor.Descriptor + "|" + QuoteAttributor.Name + @"))\b")]
    private static partial Regex FrameCueAfter();
}
