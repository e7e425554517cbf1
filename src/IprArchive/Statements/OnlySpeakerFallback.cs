using System.Text.RegularExpressions;
using IprArchive.Markdown;

namespace IprArchive.Statements;

/// <summary>
/// When a quotation no cue points to may still go to the record's only speaker: only when it
/// runs on from a quotation that a cue gave to that speaker, the one just before it, as news
/// writing carries a speaker's words on ("…," said the WIPO chief. This was a momentum that has
/// "…"). Across a paragraph break the words must also be in the first person ("I'm sure
/// there's…"): a closing line in the third person may be the writer's or a programme's own.
/// Everything else stays nobody's: a quoted target, a headline, a commentary quoted under a
/// heading, the words of an unnamed third party ("…," they said).
/// </summary>
internal static partial class OnlySpeakerFallback
{
    /// <summary>
    /// True when <paramref name="passage"/> continues <paramref name="previous"/>, a credited
    /// quotation (<paramref name="previousPassage"/> is where it was found).
    /// </summary>
    public static bool Continues(QuotedPassage passage, Quotation? previous, QuotedPassage? previousPassage)
    {
        if (previous is not { Speaker: not null } || previous.Form == QuotationForm.Turn || previous.Kind is AttributionKind.None or AttributionKind.Turn)
        {
            return false;
        }

        return passage.ParagraphIndex == previous.ParagraphIndex
            || (passage.ParagraphIndex == previous.ParagraphIndex + 1 && (FirstPersonWord().IsMatch(passage.Text) || QuoteParagraphs(passage, previousPassage)));
    }

    // News runs a speaker's words on as paragraphs that each open with a quotation mark
    // ("“…,” said Park, who hosted …" then "“Accordingly, …”"): both open their paragraphs. A
    // quotation that closes a paragraph of narration ("Gurry said, “…”") does not carry the next on;
    // one left open at the end of its paragraph does ("… he explains. “And then …" / "“These are …”").
    private static bool QuoteParagraphs(QuotedPassage passage, QuotedPassage? previous) =>
        previous is not null && passage.Form == QuotationForm.Inline && previous.Form == QuotationForm.Inline
            && passage.Context.Before.Trim().Length == 0 && (previous.Context.Before.Trim().Length == 0 || previous.Context.RunsOn);

    [GeneratedRegex(@"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|we|We|we're|we’re|We're|We’re|our|Our|my|My|us|me)\b")]
    private static partial Regex FirstPersonWord();
}
