using System.Text.RegularExpressions;

namespace IprArchive.Statements;

/// <summary>
/// Tells a quoted title, theme, slogan, document or programme name, term or scare quote from
/// someone's words: "entitled", "themed", "known as" before it; "plan", "campaign", "initiative"
/// after it; an article right before the opening mark ("the “Belt and Road”"); title case; two or
/// three words with no speech verb beside them, unless they are the object of a person's appeal. Such a quotation is credited to nobody and never
/// listed on a speaker's page. Precision over recall: speech that looks like a name is lost,
/// a name is never made into speech.
/// </summary>
public static partial class NotSpeech
{
    private const int ShortWords = 3;

    /// <summary>True when the quotation of <paramref name="context"/> is a name or a term, not speech.</summary>
    public static bool Is(QuoteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = Word().Matches(context.Quote).Select(m => m.Value).ToList();
        if (SpeakersOwnPhrase().IsMatch(context.Before))
        {
            return false;
        }

        if (NamingBefore().IsMatch(context.Before) || (!EndsLikeSpeech(context.Quote) && NamedThingAfter().IsMatch(context.After)))
        {
            return true;
        }

        // "called for “concrete outcomes”", "appealed to member states to find a “balanced way forward”".
        if (AppealBefore().IsMatch(context.Before) && !IsTitleCase(words))
        {
            return false;
        }

        var spoken = SpeechVerbBeside(context);
        if (ArticleBefore().IsMatch(context.Before) && !EndsLikeSpeech(context.Quote))
        {
            return true;
        }

        if (words.Count <= ShortWords && !(VerbAfter().IsMatch(context.After) || VerbRightBefore().IsMatch(context.Before) || QuoteAttributor.TrailingClause().IsMatch(context.After)
            || QuoteAttributor.AccordingToAfter().IsMatch(context.After) || AccordingToInSentence().IsMatch(context.Before)))
        {
            return true;
        }

        return IsTitleCase(words) && !EndsLikeSpeech(context.Quote) && !spoken;
    }

    /// <summary>
    /// True when a short quoted phrase is a name or a term rather than words: named ("entitled",
    /// "the … campaign"), after an article ("the “fourth industrial revolution.”", whatever
    /// punctuation the marks close on), or in title case. Having no speech verb beside it does
    /// not make it a name by this test.
    /// </summary>
    public static bool IsNameOrTerm(QuoteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = Word().Matches(context.Quote).Select(m => m.Value).ToList();
        return NamingBefore().IsMatch(context.Before) || ArticleBefore().IsMatch(context.Before)
            || NamedThingAfter().IsMatch(context.After) || IsTitleCase(words);
    }

    private static bool SpeechVerbBeside(QuoteContext context) =>
        VerbAfter().IsMatch(context.After) || VerbBefore().IsMatch(context.Before) || QuoteAttributor.TrailingClause().IsMatch(context.After);

    private static bool EndsLikeSpeech(string quote) => quote.TrimEnd().LastOrDefault() is '.' or '!' or '?' or ',' or '。' or '！' or '？' or '…';

    // "Innovation and Creativity for a Better Future": every word that is not a small word is capitalised.
    private static bool IsTitleCase(List<string> words)
    {
        var significant = words.Where(w => !SmallWord().IsMatch(w)).ToList();
        return significant.Count >= 2 && significant.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    // "in what he called “an era of austerity”", "what he describes as his “career high”", "she
    // described Cheetham Hill as ‘the counterfeit capital of Europe’", "she spoke of ‘…’": the person's own phrase.
    [GeneratedRegex(@"\b(?:he|she|[A-Z][\p{L}'’-]+)\s+(?:(?:describes|described|calls|called|terms|termed|dubs|dubbed)\s+(?:it\s+|this\s+|[^.!?""“”‘]{1,60}?\s+)?(?:as\s+)?(?:his|her|a|an|the)?|(?:spoke|speaks|talked|talks)\s+of)\s*$")]
    private static partial Regex SpeakersOwnPhrase();

    // A person's appeal, the quoted phrase its object: the words are that person's own.
    [GeneratedRegex(@"\b(?:he|she|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\p{L}'’-]+|the\s+(?:[\p{L}'’-]+\s+){0,3}?(?i:" + SpeechCues.Descriptors + @"))\s+(?:also\s+|further\s+|again\s+|[a-z]+ly\s+)?(?:" + SpeechCues.Appeals + @")\b[^.!?""“”]{0,100}$")]
    private static partial Regex AppealBefore();

    // "according to Archambeau, the lost income … was “not dramatic”": the sentence is the source's.
    [GeneratedRegex(@"\baccording to\s+[A-Z][^.!?""“”]{0,100}$")]
    private static partial Regex AccordingToInSentence();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:a|an|the|and|or|of|for|in|on|at|to|by|with|from|into|as|its|our|their|de|la|le|du)$")]
    private static partial Regex SmallWord();

    [GeneratedRegex(@"\b(?:entitled|titled|themed|theme|themes|theme of|title of|known as|referred to as|dubbed|nicknamed|so-called|so called|slogan|slogans|motto|mottos|banner of|labell?ed|termed|coined|the term|the terms|the phrase|the words?|the concept of|the principle of|the notion of|the idea of|the spirit of|the name|renamed|(?:is|was|are|were|be|been|being|also|often|widely)\s+(?:called|named)|the keyword|the keywords|hashtag|brand|branded|tagline|headline|headlined|caption|under the name)\s*(?:of\s*)?[,:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamingBefore();

    [GeneratedRegex(@"^[\s)）]*(?:(?:[A-Z][\p{L}-]*|\d+)\s+){0,2}(?:plan|plans|campaign|campaigns|initiative|initiatives|programme|programmes|program|programs|project|projects|strategy|strategies|action|actions|scheme|schemes|award|awards|prize|prizes|competition|contest|conference|forum|summit|exhibition|expo|series|report|reports|document|documents|guideline|guidelines|opinion|opinions|policy|policies|regulation|regulations|rules|measures|law|laws|act|treaty|agreement|convention|platform|platforms|system|systems|mechanism|mechanisms|model|models|pilot|pilots|zone|zones|week|day|month|year|event|events|activity|activities|brand|brands|principle|principles|concept|concepts|approach|framework|roadmap|blueprint|list|index|network|cent(?:er|re)|database|alliance|partnership|fund|project|cases?|mark|marks|trademark|trademarks|label|logo|certification|standard|standards|requirement|requirements|title|tour|show|ceremony|session|meeting|dialogue|workshop|seminar|symposium|course|training|service|services|app|website|portal|column|campaign|movement|drive|reform|reforms|pattern|philosophy|vision|goal|goals|target|targets|tasks?|spirit|mission|list|framework|regime|doctrine|era|period|economy|country|nation|powerhouse|office|offices|procedure|procedures|track|channel|channels|window|stations?|bases?|clubs?|committees?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedThingAfter();

    [GeneratedRegex(@"\b(?:the|a|an|its|their|this|these|those|our|his|her|China's|China’s|new|first|second|third|annual|national|global|so-called)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"^\s*[,，—–-]?\s*(?:(?:" + SpeechCues.Verbs + @")\b|(?:he|she|they|we|I|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*|the\s+(?:[\p{L}'’-]+\s+){0,3}?" + SpeechCues.Descriptors + @")\s+(?:also\s+|then\s+|later\s+)?(?:" + SpeechCues.Verbs + @")\b)")]
    private static partial Regex VerbAfter();

    [GeneratedRegex(@"(?:\b(?:" + SpeechCues.Verbs + @"|saying|adding|noting|stressing|according to)\b[^.!?]{0,60}|:)\s*$")]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"(?:\b(?:" + SpeechCues.Verbs + @"|saying|adding|noting|stressing)\s*,?|:)\s*$")]
    private static partial Regex VerbRightBefore();
}
