using System.Text.RegularExpressions;

namespace IprArchive.Statements;

/// <summary>
/// Finds who said a quotation from the sentence around it: "…," said Gan / "…," Gurry said /
/// Vidal said "…" / "…," he added (the last speaker named before it). With one speaker and no
/// cue pointing elsewhere, that speaker. Precision over recall: when the text names someone who
/// is not a speaker of the record, or could mean two speakers, nobody is named.
/// </summary>
public static partial class QuoteAttributor
{
    /// <summary>Speech verbs, as a regular-expression alternation.</summary>
    internal const string Verbs = "said|says|say|added|adds|told|tells|noted|notes|stressed|stresses|explained|explains|remarked|remarks|stated|states|declared|emphasi[sz]ed|pointed out|continued|concluded|warned|insisted|asked|recalled|wrote|writes|called|replied|argued|observed|announced|acknowledged|urged";
    private const string Name = @"(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]+|[A-Z]\.))*";
    private const string Pronoun = "he|she|He|She";

    /// <summary>
    /// Who said the quotation of <paramref name="context"/>; <paramref name="inTurn"/> is the
    /// label of the transcript turn it is in, if any: words quoted inside a turn are someone
    /// else's (a plan's, a leader's) unless the sentence says whose, so no fallback applies.
    /// </summary>
    public static Attribution Attribute(QuoteContext context, SpeakerNames names, Markdown.Transcripts.TurnLabel? inTurn = null)
    {
        var cue = CueAfter(context) ?? CueBefore(context.Before);
        if (cue is { } subject)
        {
            return subject.IsPronoun ? ResolvePronoun(context, names) : ResolveName(subject.Text, names);
        }

        if (NamesSomeoneElse(SentenceBefore(context.Before) + " " + SentenceAfter(context.After), names))
        {
            return Attribution.Nobody;
        }

        if (inTurn is not null)
        {
            return Attribution.Nobody;
        }

        return names.Speakers.Count == 1
            ? new Attribution(names.Speakers[0], AttributionKind.OnlySpeaker)
            : new Attribution(null, AttributionKind.None, $"the record has {names.Speakers.Count} speakers and the sentence names none of them");
    }

    private readonly record struct Subject(string Text, bool IsPronoun);

    // "…," said Gan. / "…," Gurry said, / "…," he added.
    private static Subject? CueAfter(QuoteContext context)
    {
        var closesSentence = context.Quote.Length > 0 && context.Quote[^1] is '.' or '!' or '?' && !StartsLowercase(context.After);
        if (closesSentence)
        {
            return null;
        }

        if (VerbThenName().Match(context.After) is { Success: true } m1)
        {
            return new Subject(m1.Groups["name"].Value, false);
        }

        if (NameThenVerb().Match(context.After) is { Success: true } m2)
        {
            var subject = m2.Groups["subject"].Value;
            return new Subject(subject, subject is "he" or "she" or "He" or "She");
        }

        return null;
    }

    // Gan said: "…" / Breton said that … companies "…" / in what he called "…"
    private static Subject? CueBefore(string before)
    {
        var sentence = SentenceBefore(before);
        var match = SubjectVerbBefore().Matches(sentence).LastOrDefault();
        if (match is null)
        {
            return AccordingTo().Match(sentence) is { Success: true } according ? new Subject(according.Groups["name"].Value, false) : null;
        }

        var subject = match.Groups["subject"].Value;
        return new Subject(subject, subject is "he" or "she" or "He" or "She");
    }

    private static Attribution ResolveName(string name, SpeakerNames names) => names.Resolve(name) switch
    {
        (NameMatch.Found, var speaker) => new Attribution(speaker, AttributionKind.Sentence),
        (NameMatch.Shared, _) => new Attribution(null, AttributionKind.None, $"'{name}' could be more than one speaker of the record"),
        _ => Attribution.Nobody,
    };

    // The pronoun means the person named last: a speaker, or someone else quoted or speaking
    // ("remarks by Xi Jinping", "Harry Rich said"); if that is not a speaker, nobody.
    private static Attribution ResolvePronoun(QuoteContext context, SpeakerNames names)
    {
        var text = context.EarlierText + " " + context.Before;
        var lastSpeaker = NameMention().Matches(text).LastOrDefault(m => names.Resolve(m.Value).Match != NameMatch.Unknown);
        var lastOther = OtherPeople(text, names).LastOrDefault();
        if (lastOther is not null && (lastSpeaker is null || lastOther.Index > lastSpeaker.Index))
        {
            return Attribution.Nobody;
        }

        if (lastSpeaker is null)
        {
            return names.Speakers.Count == 1
                ? new Attribution(names.Speakers[0], AttributionKind.Pronoun)
                : new Attribution(null, AttributionKind.None, "the pronoun follows no speaker's name");
        }

        return names.Resolve(lastSpeaker.Value) switch
        {
            (NameMatch.Found, var speaker) => new Attribution(speaker, AttributionKind.Pronoun),
            _ => new Attribution(null, AttributionKind.None, $"the pronoun follows '{lastSpeaker.Value}', which could be more than one speaker"),
        };
    }

    private static bool NamesSomeoneElse(string sentence, SpeakerNames names) => OtherPeople(sentence, names).Any();

    // People who are not speakers of the record but are quoted or speak in the text.
    private static IEnumerable<Match> OtherPeople(string text, SpeakerNames names) =>
        OtherPerson().Matches(text).Where(m => m.Groups["name"].Value is var name
            && !FunctionWord().IsMatch(name) && !NonPersonWord().IsMatch(name) && names.Resolve(name).Match == NameMatch.Unknown);

    private static string SentenceBefore(string before)
    {
        var end = SentenceEnd().Matches(before).LastOrDefault();
        return end is null ? before : before[(end.Index + end.Length)..];
    }

    private static string SentenceAfter(string after)
    {
        var end = SentenceEnd().Match(after);
        return end.Success ? after[..end.Index] : after;
    }

    private static bool StartsLowercase(string text) => text.TrimStart(' ', ',', '—', '-').FirstOrDefault() is var c && char.IsLower(c);

    [GeneratedRegex(@"^[\s,—–-]*(?:" + Verbs + @")\s+(?:the\s+)?(?<name>" + Name + ")")]
    private static partial Regex VerbThenName();

    [GeneratedRegex(@"^[\s,—–-]*(?<subject>" + Pronoun + "|" + Name + @")\s+(?:also\s+|then\s+|later\s+)?(?:" + Verbs + @")\b")]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(@"(?<subject>\b(?:" + Pronoun + @")\b|" + Name + @")\s+(?:also\s+|had\s+|has\s+|then\s+)?(?:" + Verbs + @")\b")]
    private static partial Regex SubjectVerbBefore();

    [GeneratedRegex(@"\b[Aa]ccording to (?<name>" + Name + ")")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+)*")]
    private static partial Regex NameMention();

    [GeneratedRegex(@"(?:\b(?:remarks|words|speech|statement|comments?|message|quoting|citing)\s+(?:by\s+|of\s+)?(?<name>" + Name + @"))|(?<name>" + Name + @")\s+(?:" + Verbs + @")\b")]
    private static partial Regex OtherPerson();

    [GeneratedRegex(@"^(?:He|She|It|They|We|I|You|The|This|That|These|Those|There|A|An|In|On|At|But|And|Also|Then|Its|His|Her|Their|Our|Each|Every|Some|Many|Both|All)\b")]
    private static partial Regex FunctionWord();

    [GeneratedRegex(@"[.!?][""”’)]?\s+(?=[A-Z""“])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:Office|Organi[sz]ation|Administration|Commission|Council|Association|Ministry|Forum|Conference|Congress|Plan|Treaty|Union|University|Bureau|Department|Committee|Assembly|Assemblies|Agency|Institute|Court|Board|Group|Party|Government|State|Republic|China|Chinese|Europe|European|America|American|United|National|International|World|Global|Day|Act|Law|Summit|Meeting|Show|Times|Daily|News|Review|IP|IPR|WIPO|USPTO|CNIPA|EUIPO|KIPO|JPO|SIPO|NIPA|SCIO|EU|UK|US|AI)\b")]
    private static partial Regex NonPersonWord();
}
