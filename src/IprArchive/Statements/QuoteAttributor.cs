using System.Text.RegularExpressions;

namespace IprArchive.Statements;

/// <summary>
/// Finds who said a quotation from the sentences around it: "…," said Gan / "…," Gurry said /
/// Vidal said "…" / "…," the commissioner added / "…." Tang said later (the next sentence) /
/// "…," he added (the last speaker named before it). A title, theme or term is nobody's
/// (<see cref="NotSpeech"/>). With one speaker and no cue pointing elsewhere, that speaker.
/// Precision over recall: when the text names someone who is not a speaker of the record (a
/// head of state, a report), or could mean two speakers, nobody is named.
/// </summary>
public static partial class QuoteAttributor
{
    // A name as written, with an honorific before it if any ("Mr. Gurry", "Ms. Lee").
    internal const string Name = @"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]+|[A-Z]\.))*";
    internal const string Descriptor = @"[Tt]he\s+(?:[\p{L}'’-]+\s+){0,3}?(?i:" + SpeechCues.Descriptors + @")\b";
    private const string Document = @"(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:report|plan|document|white paper|statement|notice|guidelines?|opinions?|circular|law|regulations?|article|study|survey|paper|strategy|resolution|communiqu[eé]|declaration|decision|letter|announcement|release|website|outline|programme|program|data|figures|ranking|index|treaty|convention|agreement|constitution|charter|text|draft|rules?)\b";
    private const string Pronoun = "he|she|He|She|I";
    private const string Appositive = @"(?:,\s*[^,""“”.;]{1,90},)?";

    private static readonly AsyncLocal<bool> CuesOff = new();

    /// <summary>
    /// For the score test's mutation check only: within the returned scope, every sentence,
    /// descriptor and pronoun cue is ignored (only the only-speaker fallback is left), so the
    /// test can show that the cues, not the fallback, earn the score.
    /// </summary>
    internal static IDisposable WithoutCues()
    {
        CuesOff.Value = true;
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => CuesOff.Value = false;
    }

    /// <summary>
    /// Who said the quotation of <paramref name="context"/>. Without <paramref name="onlySpeakerFallback"/>
    /// (words quoted inside a transcript turn or a first-person speech are someone else's, a
    /// plan's or a leader's, unless the sentence says whose), an uncued quotation is nobody's.
    /// </summary>
    /// <param name="context">The quotation and the text around it.</param>
    /// <param name="names">The record's speakers.</param>
    /// <param name="onlySpeakerFallback">Whether an uncued quotation may go to the only speaker.</param>
    /// <param name="firstPersonText">The text is the speaker's own (a speech): "I said, “…”" is the author's.</param>
    public static Attribution Attribute(QuoteContext context, SpeakerNames names, bool onlySpeakerFallback = true, bool firstPersonText = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(names);
        if (NotSpeech.Is(context))
        {
            return Attribution.Nobody;
        }

        if (!CuesOff.Value)
        {
            if (FindCue(context) is { } subject)
            {
                return Resolve(subject, context, names, firstPersonText);
            }

            if (NamesSomeoneElse(SentenceBefore(context.Before) + " " + SentenceAfter(context.After), names))
            {
                return Attribution.Nobody;
            }
        }

        if (!onlySpeakerFallback)
        {
            return Attribution.Nobody;
        }

        return names.Speakers.Count == 1
            ? new Attribution(names.Speakers[0], AttributionKind.OnlySpeaker)
            : new Attribution(null, AttributionKind.None, $"the record has {names.Speakers.Count} speakers and the sentence names none of them");
    }

    private enum SubjectKind
    {
        Name,
        Pronoun,
        Descriptor,
        Document,
        Author,
    }

    private readonly record struct Subject(string Text, SubjectKind Kind);

    private static Subject? FindCue(QuoteContext context) =>
        ClosesSentence(context)
            ? CueNextSentence(context.After) ?? CueBefore(SentenceBefore(context.Before)) ?? AttributionLine(context) ?? CuePreviousSentence(context)
            : CueAfter(context.After) ?? CueBefore(SentenceBefore(context.Before)) ?? AttributionLine(context) ?? CuePreviousSentence(context);

    private static Attribution Resolve(Subject subject, QuoteContext context, SpeakerNames names, bool firstPersonText) => subject.Kind switch
    {
        SubjectKind.Pronoun => ResolvePronoun(context, names),
        // "I said" is the author's words only in the author's own text; in a report it is the reporter.
        SubjectKind.Author when firstPersonText && names.Speakers.Count == 1 => ResolvePronoun(context, names),
        SubjectKind.Author => Attribution.Nobody,
        SubjectKind.Descriptor => ResolveDescriptor(subject.Text, names),
        SubjectKind.Document => Attribution.Nobody,
        _ => ResolveName(subject.Text, names),
    };

    private static Subject Classify(Match match, string group)
    {
        var text = match.Groups[group].Value;
        var kind = text is "he" or "she" or "He" or "She" or "his" or "her" or "His" or "Her" ? SubjectKind.Pronoun
            : text is "I" ? SubjectKind.Author
            : DocumentSubject().IsMatch(text) ? SubjectKind.Document
            : DescriptorSubject().IsMatch(text) ? SubjectKind.Descriptor
            : SubjectKind.Name;
        return new Subject(text, kind);
    }

    // "…," said Gan. / "…," Gurry said, / "…," he added. / "…," the commissioner said.
    private static Subject? CueAfter(string after)
    {
        if (VerbThenSubject().Match(after) is { Success: true } m1)
        {
            return Classify(m1, "subject");
        }

        if (SubjectThenVerb().Match(after) is { Success: true } m2)
        {
            return Classify(m2, "subject");
        }

        if (AccordingToAfter().Match(after) is { Success: true } m3)
        {
            return Classify(m3, "subject");
        }

        if (TrailingClause().Match(after) is { Success: true } m4)
        {
            return Classify(m4, "subject");
        }

        return HeadlineName().Match(after) is { Success: true } m5 ? Classify(m5, "subject") : null;
    }

    // "…," according to Christian Archambeau, the Executive Director … : the source named after the words.
    [GeneratedRegex(@"^[\s,—–-]*according to\s+(?<subject>" + Descriptor + "|" + Document + "|" + Name + ")")]
    internal static partial Regex AccordingToAfter();

    // There was "…" in 2021, he explains. — the cue closes the sentence a few words after the quotation.
    [GeneratedRegex(@"^[^.!?“”""]{1,80}?,\s*(?<subject>" + Pronoun + "|" + Descriptor + "|" + Name + @")\s+(?:(?:" + SpeechCues.Verbs + @")\s*[,.!?]|(?:told|tells)\s+[A-Z][^.!?""“”]{0,80}[,.!?])")]
    internal static partial Regex TrailingClause();

    // A headline or pull quote: "‘We need to deliver’: EUIPO’s João Negrão", the name all that follows the colon.
    [GeneratedRegex(@"^\s*:\s*(?:[A-Z][\p{L}-]*['’]s\s+)?(?<subject>" + Name + @")\s*$")]
    private static partial Regex HeadlineName();

    // "…." Tang said at the ceremony. / "…." The WIPO chief added that…
    private static Subject? CueNextSentence(string after)
    {
        var next = after.TrimStart('.', '!', '?', ' ', '\u00A0');
        var sentence = SentenceAfter(next);
        if (sentence.Length == 0 || sentence.Contains('“') || sentence.Contains('"'))
        {
            return null;
        }

        return SubjectThenVerb().Match(" " + sentence) is { Success: true } m ? Classify(m, "subject") : null;
    }

    // Gan said: "…" / Breton said that … companies "…" / in what he called "…" / according to Shen, "…"
    private static Subject? CueBefore(string sentence)
    {
        if (Introduction(sentence) is { } introduced)
        {
            return Classify(introduced, "subject");
        }

        var match = SubjectVerbBefore().Matches(sentence).LastOrDefault() ?? SubjectParticiple().Matches(sentence).LastOrDefault();
        if (match is not null)
        {
            return Classify(match, "subject");
        }

        return AccordingTo().Match(sentence) is { Success: true } according ? Classify(according, "subject") : null;
    }

    // Tang spoke of the office's role: "…" starts a sentence of its own after the cue sentence;
    // the sentence before, in the paragraph or ending the previous one, names the speaker.
    private static Subject? CuePreviousSentence(QuoteContext context)
    {
        if (SentenceBefore(context.Before).Trim().Length > 0)
        {
            return null;
        }

        var earlier = context.Before.Trim().Length > 0 ? context.Before : context.EarlierText;
        var previous = LastSentence(earlier.TrimEnd());
        if (previous.Length == 0)
        {
            return null;
        }

        if (Introduction(previous) is { } introduced)
        {
            return Classify(introduced, "subject");
        }

        if (context.Before.Trim().Length == 0 && InsideQuotedDocument(previous))
        {
            // "“‘We are confident …,’ he said." then "“The PTO granted …": the cue closed a
            // statement nested in a quoted press release, whose own words run on in this paragraph.
            return null;
        }

        return CueIn(previous) ?? (context.Before.Trim().Length == 0 ? ReportedSpeechLeadIn(earlier.TrimEnd()) : null);
    }

    // The sentence opens with a double quotation mark it never closes: its words, cue included,
    // are a quoted document's, which runs on. ("Gan said: “We …" has its cue outside the marks.)
    private static bool InsideQuotedDocument(string sentence) =>
        sentence.TrimStart() is ['"' or '“', ..] && (sentence.Count(c => c == '"') % 2 == 1 || sentence.Count(c => c == '“') > sentence.Count(c => c == '”'));

    // A sentence that hands over to the quotation with a colon: a title-led introduction, or a
    // statement the speaker issues ("Gary Locke issued the following statement:").
    private static Match? Introduction(string sentence) =>
        OpenAppositiveColon().Match(sentence) is { Success: true } titled ? titled
        : StatementIntroduction().Match(sentence) is { Success: true } statement ? statement
        : PossessiveLeadIn().Match(sentence) is { Success: true } words ? words
        : null;

    private static Subject? CueIn(string sentence)
    {
        var cues = SubjectVerbBefore().Matches(sentence).Concat(VerbThenSubjectAnywhere().Matches(sentence)).Concat(SubjectParticiple().Matches(sentence));
        return cues.MaxBy(m => m.Index) is { } last ? Classify(last, "subject") : null;
    }

    // "The Director General said the pandemic … He also cited the shift … Today, seven in 10 …"
    // then a paragraph of quotation: the report of someone's speech a sentence or two before leads
    // into their words, when no quotation of anyone else comes between.
    private static Subject? ReportedSpeechLeadIn(string earlier)
    {
        var ends = SentenceEnd().Matches(earlier);
        // ends[^1] opens the last sentence (already read); the one before it ends at ends[^1].
        for (var back = 1; back <= LeadInSentences && ends.Count >= back; back++)
        {
            var start = ends.Count > back ? ends[^(back + 1)].Index + ends[^(back + 1)].Length : 0;
            var sentence = earlier[start..(ends[^back].Index + 1)];
            if (sentence.Contains('“') || sentence.Contains('"') || sentence.Contains('”'))
            {
                return null;
            }

            if (CueIn(sentence) is { Kind: not SubjectKind.Document and not SubjectKind.Author } cue)
            {
                return cue;
            }
        }

        return null;
    }

    private const int LeadInSentences = 2;

    // A quotation standing as a paragraph, followed by a line naming who said it
    // ("Li Denghai, NPC deputy and director of …").
    private static Subject? AttributionLine(QuoteContext context)
    {
        // A line ending with a colon introduces the quotation after it, not the one before.
        if (!context.StandsAlone || context.Next.TrimEnd().EndsWith(':'))
        {
            return null;
        }

        return AttributionLineText().Match(context.Next) is { Success: true } line ? Classify(line, "subject") : null;
    }

    [GeneratedRegex(@"^(?:[—–―-]+\s*)?(?<subject>" + Name + @")(?:\s*,\s*[^.!?""“”]{0,160})?\s*$")]
    private static partial Regex AttributionLineText();

    private static bool ClosesSentence(QuoteContext context)
    {
        var after = context.After.TrimStart();
        return after.StartsWith('.') || after.StartsWith('!') || after.StartsWith('?')
            || (context.Quote.Length > 0 && context.Quote[^1] is '.' or '!' or '?' && !StartsLowercase(context.After) && !after.StartsWith(','));
    }

    private static Attribution ResolveName(string name, SpeakerNames names) => names.Resolve(name) switch
    {
        (NameMatch.Found, var speaker) when SpeakerNames.PersonPartMatches(name, speaker!) => new Attribution(speaker, AttributionKind.Sentence),
        (NameMatch.Shared, _) => new Attribution(null, AttributionKind.None, $"'{name}' could be more than one speaker of the record"),
        _ => Attribution.Nobody,
    };

    private static Attribution ResolveDescriptor(string descriptor, SpeakerNames names) => names.ResolveDescriptor(descriptor) switch
    {
        (NameMatch.Found, var speaker) => new Attribution(speaker, AttributionKind.Sentence),
        (NameMatch.Shared, _) => new Attribution(null, AttributionKind.None, $"'{descriptor}' could be more than one speaker of the record"),
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

    private static bool NamesSomeoneElse(string sentence, SpeakerNames names) =>
        OtherPeople(sentence, names).Any() || DocumentSpeaks().IsMatch(sentence);

    // People who are not speakers of the record but are quoted or speak in the text.
    private static IEnumerable<Match> OtherPeople(string text, SpeakerNames names) =>
        OtherPerson().Matches(text).Where(m => m.Groups["name"] is var name
            && !FunctionWord().IsMatch(name.Value) && !NonPersonWord().IsMatch(name.Value) && !EndsOrganizationName(text, name)
            && names.Resolve(name.Value).Match == NameMatch.Unknown);

    // "the National Institutes of Health predicted": one capitalised word after "<Name> of" ends
    // the name of an organisation, not a person's ("Ministry of Commerce", "Bank of England").
    private static bool EndsOrganizationName(string text, Group name) =>
        !name.Value.Contains(' ', StringComparison.Ordinal) && OrganizationOf().IsMatch(text[..name.Index]);

    [GeneratedRegex(@"\b[A-Z][\p{L}-]+\s+(?:of|for)\s+(?:the\s+)?$")]
    private static partial Regex OrganizationOf();

    private static string SentenceBefore(string before)
    {
        if (EndsSentence().IsMatch(before))
        {
            return "";
        }

        var end = SentenceEnd().Matches(before).LastOrDefault();
        return end is null ? before : before[(end.Index + end.Length)..];
    }

    private static string LastSentence(string text)
    {
        var ends = SentenceEnd().Matches(text);
        return ends.Count == 0 ? text : text[(ends[^1].Index + ends[^1].Length)..];
    }

    private static string SentenceAfter(string after)
    {
        var end = SentenceEnd().Match(after);
        return end.Success ? after[..end.Index] : after;
    }

    private static bool StartsLowercase(string text) => text.TrimStart(' ', ',', '—', '-').FirstOrDefault() is var c && char.IsLower(c);

    [GeneratedRegex(@"^[\s,—–-]*(?:" + SpeechCues.Verbs + @")\s+(?<subject>" + Descriptor + "|" + Document + @"|(?:the\s+)?" + Name + ")")]
    private static partial Regex VerbThenSubject();

    [GeneratedRegex(@"^[\s,—–-]*(?<subject>" + Pronoun + "|" + Descriptor + "|" + Document + "|" + Name + ")" + Appositive + @"\s+(?:also\s+|then\s+|later\s+|further\s+|has\s+|had\s+|once\s+|(?:" + SpeechCues.MannerAdverbs + @")\s+)?(?:" + SpeechCues.Verbs + @")\b")]
    private static partial Regex SubjectThenVerb();

    [GeneratedRegex(@"(?<subject>\b(?:" + Pronoun + @")\b|\b" + Descriptor + @"|\b" + Document + "|" + Name + ")" + Appositive + @"\s+(?:also\s+|had\s+|has\s+|then\s+|further\s+|once\s+|[a-z]+ly\s+)?(?:" + SpeechCues.Verbs + @")\b")]
    private static partial Regex SubjectVerbBefore();

    // Alty started another mazy dribble, mentioning things like "…": the subject, then a participle of speech.
    [GeneratedRegex(@"(?<subject>\b(?:" + Pronoun + @")\b|\b" + Descriptor + "|" + Name + @")[\s,]+[^.!?""“”]{0,120}?\b(?:" + SpeechCues.Participles + @")\b")]
    private static partial Regex SubjectParticiple();

    // "…," said Alty as Quilty nodded. — a cue anywhere in a sentence, for the sentence after it.
    // "told" and "asked" take the listener, not the speaker, after them: "Sung told The Korea Herald".
    [GeneratedRegex(@"\b(?!(?:" + SpeechCues.ObjectVerbs + @")\b)(?:" + SpeechCues.Verbs + @")\s+(?<subject>" + Descriptor + "|" + Name + ")")]
    private static partial Regex VerbThenSubjectAnywhere();

    // Ian Fletcher, Chief Executive of the UK Intellectual Property Office said: — press releases
    // often drop the comma that closes the title; the colon at the end makes it the introduction.
    [GeneratedRegex(@"(?:^|[.;]\s+)(?<subject>" + Name + @"),\s+[^,""“”.;:]{1,120}?\s+(?:" + SpeechCues.IntroductionVerbs + @")\s*:\s*$")]
    private static partial Regex OpenAppositiveColon();

    // Gary Locke issued the following statement: "…" — an introduction that hands over with a colon.
    [GeneratedRegex(@"(?<subject>\b(?:" + Pronoun + @")\b|\b" + Descriptor + "|" + Name + ")" + Appositive + @"\s+(?:also\s+|then\s+|later\s+)?" + SpeechCues.StatementIntroduction + @"\b[^.!?""“”]{0,60}:\s*$")]
    private static partial Regex StatementIntroduction();

    // Obama's response brought up the way …: "…" — a sentence whose subject is someone's words
    // (a possessive and a noun of speech) hands over to them with a colon, without a speech verb;
    // not when those words quote or cite someone else ("Tang's speech quoted the Constitution:").
    [GeneratedRegex(@"^\s*(?:[A-Z][^,.!?""“”:]{0,60},\s*)?" + Presenting + @"(?:(?<subject>" + Descriptor + "|" + Name + @")['’]s|(?<subject>[Hh]is|[Hh]er))\s+(?:[\p{L}-]+\s+){0,2}?(?:" + SpeechCues.WordsNouns + @")\b(?:(?!\b(?:quoted|quoting|quotes|cited|citing|cites|read out|reads)\b)[^""“”]){0,240}:\s*$")]
    private static partial Regex PossessiveLeadIn();

    // Words that present someone's words before the possessive: "Here is Obama's response:",
    // "Excerpts from the Director's remarks:", "The following is the full text of Tang's message:".
    private const string Presenting = @"(?:(?:(?:Here|Below|[Tt]he\s+following)\s+(?:is|are)|(?:An?\s+)?[Ee]xcerpts?\s+(?:from|of))\s+)?(?:the\s+(?:full\s+)?(?:text|transcript)\s+of\s+)?";

    [GeneratedRegex(@"\b[Aa]ccording to (?<subject>" + Descriptor + "|" + Document + "|" + Name + ")")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^" + Descriptor)]
    private static partial Regex DescriptorSubject();

    [GeneratedRegex(@"^" + Document)]
    private static partial Regex DocumentSubject();

    [GeneratedRegex(@"\b" + Document + @"\s+(?:" + SpeechCues.Verbs + @"|reads|stipulates|shows|showed|calls for|called for)\b|\b[Aa]ccording to " + Document)]
    private static partial Regex DocumentSpeaks();

    [GeneratedRegex(@"\b(?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+)*")]
    private static partial Regex NameMention();

    [GeneratedRegex(@"(?:\b(?:remarks|words|speech|statement|comments?|message|quoting|citing)\s+(?:by\s+|of\s+)?(?<name>" + Name + @"))|(?<name>" + Name + @")\s+(?:" + SpeechCues.Verbs + @")\b")]
    private static partial Regex OtherPerson();

    [GeneratedRegex(@"^(?:He|She|It|They|We|I|You|The|This|That|These|Those|There|A|An|In|On|At|But|And|Also|Then|Its|His|Her|Their|Our|Each|Every|Some|Many|Both|All)\b")]
    private static partial Regex FunctionWord();

    // The full stop of an honorific ("Mr. Tang said") ends no sentence.
    [GeneratedRegex(@"(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St))[.!?][""”’)]?\s+(?=[A-Z""“])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.!?][""”’)]?\s*$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"\b(?:Office|Organi[sz]ation|Administration|Commission|Council|Association|Ministry|Forum|Conference|Congress|Plan|Treaty|Union|University|Bureau|Department|Committee|Assembly|Assemblies|Agency|Institute|Court|Board|Group|Party|Government|State|Republic|China|Chinese|Europe|European|America|American|United|National|International|World|Global|Day|Act|Law|Summit|Meeting|Show|Times|Daily|News|Review|IP|IPR|WIPO|USPTO|CNIPA|EUIPO|KIPO|JPO|SIPO|NIPA|SCIO|EU|UK|US|AI)\b")]
    private static partial Regex NonPersonWord();
}
