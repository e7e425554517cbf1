using System.Text.RegularExpressions;
using IprArchive.Content;
using IprArchive.Markdown;

namespace IprArchive.Statements;

/// <summary>
/// Tells a first-person text (a speech, a blog post, a message: the speaker's own words) from a
/// report about the speaker. In the first, whatever is in quotation marks is quoted by the
/// speaker from someone else (the Constitution, a founder, a report), so it must not fall to
/// the only speaker.
/// </summary>
public static partial class FirstPerson
{
    private const int Pronouns = 3;

    /// <summary>
    /// True when the body, outside its quotations, says "I", "we", "our" three times or more and
    /// never names a speaker of the record.
    /// </summary>
    public static bool IsSpeech(RenderedMarkdown body, SpeakerNames names)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(names);
        var outside = string.Join(" ", body.Paragraphs.Select(p => WithoutQuotations(p.Text)));
        var namesSpeaker = Word().Matches(outside).Any(w => char.IsUpper(w.Value[0]) && names.IsNameWord(w.Value));
        return !namesSpeaker && Pronoun().Count(outside) >= Pronouns;
    }

    private static string WithoutQuotations(string text)
    {
        var spans = QuoteSpans.Find(text);
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            text = text[..spans[i].Start] + " " + text[spans[i].End..];
        }

        return text;
    }

    [GeneratedRegex(@"\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My|us)\b")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();
}
