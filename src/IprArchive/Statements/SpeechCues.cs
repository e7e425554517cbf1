namespace IprArchive.Statements;

/// <summary>
/// The words that tell who is speaking, declared once and read by the quotation finder
/// (<see cref="QuoteSpans"/>), the term filter (<see cref="NotSpeech"/>) and the attributor
/// (<see cref="QuoteAttributor"/>). Each list is a regular-expression alternation.
/// </summary>
internal static class SpeechCues
{
    /// <summary>Verbs of speaking, and of praising or confiding, whose subject is the speaker.</summary>
    public const string Verbs = "said|says|say|added|adds|told|tells|noted|notes|stressed|stresses|explained|explains|remarked|remarks|stated|states|declared|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|continued|concluded|warned|insisted|asked|recalled|wrote|writes|called|replied|argued|observed|announced|acknowledged|commented|highlighted|underlined|underscored|affirmed|reaffirmed|reiterated|revealed|admitted|promised|pledged|vowed|assured|suggested|responded|answered|elaborated|mentioned|spoke|speaking|summed up|put it|believes|hopes|predicted|expressed|describes|described|termed|dubbed|mentioning|saying|adding|noting|stressing|explaining|insisting|arguing|warning|describing|"
        + Appeals + "|" + Praise + "|confided|confides";

    /// <summary>
    /// Verbs that take the person spoken to or about after them ("Sung told The Korea Herald",
    /// "Shen praised WOC's work"): the name after them is not the speaker.
    /// </summary>
    public const string ObjectVerbs = "told|tells|asked|" + Appeals + "|" + Praise;

    /// <summary>Verbs of appeal: a short phrase quoted as their object is the speaker's own ("called for “concrete outcomes”").</summary>
    public const string Appeals = "called for|calls for|appealed|appeals|urged|urges|pressed for|pushed for";

    /// <summary>Verbs of praise, which report what the speaker said of someone ("Shen Changyu highly praised WOC's work").</summary>
    public const string Praise = "praised|praises|hailed|hails|lauded|lauds|commended|commends";

    /// <summary>
    /// Adverbs of manner between a speaker and the verb after a quotation ("Shen Changyu highly
    /// praised …"); adverbs of time are left out, as "The Office recently announced" starts news of its own.
    /// </summary>
    public const string MannerAdverbs = "highly|warmly|strongly|firmly|repeatedly|publicly|openly|clearly|explicitly|specifically|particularly|emphatically|frankly|candidly";

    /// <summary>Participles that carry a speaker's words on ("…, mentioning things like “…”").</summary>
    public const string Participles = "saying|adding|mentioning|noting|stressing|explaining|insisting|arguing|warning|describing";

    /// <summary>
    /// Verbs with which a quoted document hands over to someone's words in single marks inside it
    /// ("Gulbrandsen said, ‘…’", "‘…,’ he added."): speaking only, not naming ("what he called ‘…’" quotes a term).
    /// </summary>
    public const string FrameVerbs = "said|says|added|adds|stated|states|noted|notes|explained|explains|remarked|declared|continued|concluded|replied|responded|answered|stressed|insisted|argued|commented|wrote|writes";

    /// <summary>Verbs that close a title-led introduction ending with a colon ("Ian Fletcher, Chief Executive of … said:").</summary>
    public const string IntroductionVerbs = "said|says|added|adds|stated|states|commented|comments|explained|explains|remarked|remarks|noted|notes";

    /// <summary>
    /// An introduction without a speech verb: the speaker issues, releases or gives a statement,
    /// and a colon hands over to it ("Gary Locke issued the following statement:").
    /// </summary>
    public const string StatementIntroduction = @"(?:issued|issues|released|releases|made|makes|gave|gives|delivered|delivers|sent|sends|posted|posts|published|publishes)\s+(?:the\s+following|a|an|this|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|remarks|comments?|message|response|reply)";

    /// <summary>
    /// Nouns for someone's words: after a possessive, a sentence about them that ends with a colon
    /// introduces them ("Obama's response brought up …: “…”").
    /// </summary>
    public const string WordsNouns = "response|responses|answer|answers|reply|replies|reaction|remarks|message|words|statement|comment|comments|explanation|speech|address|testimony";

    /// <summary>Role words a text uses for a speaker instead of a name ("the commissioner", "the WIPO chief").</summary>
    public const string Descriptors = "commissioner|director[- ]general|director|chief|head|minister|secretary|spokes(?:person|man|woman)|official|president|chair(?:man|woman|person)?|boss|leader|ambassador|administrator|registrar|deputy|executive|officer|representative|envoy|governor|premier|CEO|DG";
}
