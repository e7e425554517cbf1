using System.Text.RegularExpressions;

namespace IprArchive.Markdown.Transcripts;

/// <summary>Who takes a transcript turn, as far as its label tells without the record's speakers.</summary>
public enum TurnRole
{
    /// <summary>A person named in the label ("Shen Changyu:", "Hu Wenhui, spokesperson of CNIPA:").</summary>
    Named,

    /// <summary>A journalist's question ("Reporter (Xinhua):", "Q:", "China Daily:"): never an official's words.</summary>
    Question,

    /// <summary>The host, moderator or chair ("Host:", "Moderator Xing Huina:").</summary>
    Chair,

    /// <summary>An unnamed answer ("A:", "Answer:").</summary>
    Answer,

    /// <summary>
    /// An office holder named by the office alone ("THE VICE PRESIDENT:", "The Commissioner:",
    /// "Spokesperson:"): the record speaker who holds that office at the time, if only one does.
    /// </summary>
    Office,
}

/// <summary>A turn label: its role and the person it names, if any ("Host Xing Huina" names "Xing Huina").</summary>
/// <param name="Role">Who takes the turn.</param>
/// <param name="Name">The person named, without title or outlet, or null.</param>
/// <param name="Text">The label as written, without its colon.</param>
/// <param name="Title">
/// The title written before the name ("Deputy Director" of "Deputy Director King", "MS." of
/// "MS. ESPINEL"), or the office of an <see cref="TurnRole.Office"/> label ("VICE PRESIDENT"); else null.
/// </param>
public sealed record TurnLabel(TurnRole Role, string? Name, string Text, string? Title = null);

/// <summary>
/// Tells a turn label ("Shen Changyu:", "Reporter (Xinhua):", "Host:") from other text before a
/// colon ("Note:", "The plan has three goals:"). Precision over recall: a label must look like a
/// person, a role or a news outlet, and common headings are refused.
/// </summary>
public static partial class TurnLabels
{
    private const int MaxLength = 90;

    /// <summary>The label's role and name, or null when <paramref name="label"/> is not a turn label.</summary>
    public static TurnLabel? Classify(string label)
    {
        var text = Regex.Replace(label, @"\s+", " ").Trim();
        if (text.Length is 0 or > MaxLength || !char.IsUpper(text[0]) || NotALabel().IsMatch(text))
        {
            return null;
        }

        var (head, tail) = Split(QuestionNumber().Replace(text, ""));
        if (IsQuestion(head, tail))
        {
            return new TurnLabel(TurnRole.Question, null, text);
        }

        if (Chair().Match(head) is { Success: true } chair)
        {
            var named = chair.Groups["name"].Value.Trim();
            var name = named.Length > 0 ? named : Parenthesis(tail);
            return new TurnLabel(TurnRole.Chair, name is { Length: > 0 } && PersonName().IsMatch(name) ? name : null, text);
        }

        if (Answer().IsMatch(head))
        {
            return new TurnLabel(TurnRole.Answer, null, text);
        }

        return Office(head, text) ?? Person(head, text);
    }

    // "THE VICE PRESIDENT", "Spokesperson", "Mr. President": an office and no name. "THE CHAIR",
    // "Madam Chair" host the session: they stay the chair, never an official.
    private static TurnLabel? Office(string head, string text)
    {
        var office = OfficeLabel().Match(head[Address().Match(head).Length..]);
        if (!office.Success)
        {
            return null;
        }

        var title = office.Groups["office"].Value;
        return ChairOffice().IsMatch(title) ? new TurnLabel(TurnRole.Chair, null, text) : new TurnLabel(TurnRole.Office, null, text, title);
    }

    // "Deputy Director King", "MS. ESPINEL": the title is kept apart from the name.
    private static TurnLabel? Person(string head, string text)
    {
        var honorific = Honorific().Match(head);
        var person = head[honorific.Length..];
        var title = honorific.Length > 0 ? honorific.Value.Trim() : null;
        return PersonName().IsMatch(person) && !FunctionWord().IsMatch(person) ? new TurnLabel(TurnRole.Named, person, text, title) : null;
    }

    // "Hu Wenhui, spokesperson of CNIPA" → ("Hu Wenhui", ", spokesperson of CNIPA"); "Reporter (Xinhua)" → ("Reporter", "(Xinhua)").
    private static (string Head, string Tail) Split(string text)
    {
        var cut = text.IndexOfAny([',', '(', '（', '/', '|']);
        var dash = DashSeparator().Match(text);
        if (dash.Success && (cut < 0 || dash.Index < cut))
        {
            cut = dash.Index;
        }

        return cut < 0 ? (text, "") : (text[..cut].Trim(), text[cut..].Trim());
    }

    private static bool IsQuestion(string head, string tail) =>
        Questioner().IsMatch(head) || Outlet().IsMatch(head) || Outlet().IsMatch(Parenthesis(tail) ?? "");

    private static string? Parenthesis(string tail)
    {
        var match = Regex.Match(tail, @"^[(（]\s*(?<inner>[^)）]+)[)）]");
        return match.Success ? match.Groups["inner"].Value.Trim() : null;
    }

    // In any case ("QUESTION:"); "Press Secretary Gibbs" is an official, not the press.
    [GeneratedRegex(@"^(?:Q\d*|(?i:Questions?|Reporters?|Journalists?|Correspondents?|Audience|Participant|Attendee|Media|Press(?!\s+(?:Secretary|Officer|Spokes))|Interviewer|Asked))\b")]
    private static partial Regex Questioner();

    // A news outlet asking a question: "China Daily", "Xinhua News Agency", "CGTN", "Phoenix TV".
    [GeneratedRegex(@"^(?:Xinhua|CGTN|CCTV|CNR|CRI|Reuters|Bloomberg|AFP|AP|NHK|Kyodo|Yonhap|Caixin|Nikkei|Phoenix|Sina|Sohu|Tencent|NetEase|iFeng|Jiemian|The Paper|Thepaper|Global Times|China Daily|People'?’?s Daily|Economic Daily|Guangming Daily|Science and Technology Daily|Legal Daily|China News Service|China Youth Daily|Workers'?’? Daily|21st Century Business Herald|Hong Kong Commercial Daily|Ta Kung Pao|Wen Wei Po|Dragon TV|Shenzhen TV|Beijing TV|BTV|Financial Times|Wall Street Journal|BBC|CNN|CNBC|Managing IP|IAM|Law360|Politico)\b|\b(?:Daily|Times|News|TV|Television|Radio|Agency|Press|Post|Journal|Weekly|Network|Media|Herald|Tribune|Gazette|Newspaper|Magazine|Broadcasting|Broadcast|Online|\.com|\.cn)\s*$")]
    private static partial Regex Outlet();

    [GeneratedRegex(@"^(?:(?i:Host|Moderator|Chair|Chairman|Chairwoman|Chairperson|Presenter|Emcee|Master of Ceremonies|Facilitator)|MC)\b[\s,:]*(?<name>.*)$")]
    private static partial Regex Chair();

    [GeneratedRegex(@"^(?:A|A\d+|Answer|Response|Reply)$")]
    private static partial Regex Answer();

    // One to five capitalised words, with the particles of names ("de", "van") and initials.
    [GeneratedRegex(@"^(?:[A-Z][\p{L}'’.-]*|\p{Lu}\.)(?:\s+(?:[A-Z][\p{L}'’.-]*|de|da|del|van|von|der|den|bin|al|el|la|le|du|dos))*$")]
    private static partial Regex PersonName();

    // Honorifics and titles before a name, in any case ("Deputy Director King", "MS. ESPINEL").
    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Madam|Madame|Mme|Lord|Lady|Baroness|Rt Hon|Commissioner|Director[ -]General|Secretary[ -]General|Press Secretary|Director|Minister|Secretary|Ambassador|President|Premier|Governor|Mayor|Senator|Administrator|Registrar|Coordinator|Chief|Judge|Justice|Spokesman|Spokeswoman|Spokesperson|Deputy|Vice|Assistant|Acting|Under|Executive)\.?(?:\s+|-(?=\p{L})))+", RegexOptions.IgnoreCase)]
    private static partial Regex Honorific();

    // A form of address before an office ("Mr. President", "Madam Chair").
    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Madam|Madame|Mme|Sir|Dame)\.?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    // An office alone, with or without its article ("THE VICE PRESIDENT", "The Deputy Commissioner",
    // "Spokesperson", "THE SECRETARY OF COMMERCE", "The Enforcement Coordinator"): up to three
    // capitalised words, then a head noun of an office, an organisation after "of" at most.
    [GeneratedRegex(@"^(?:the\s+)?(?<office>(?:(?-i:\p{Lu})[\p{L}.]*[\s-]+){0,3}(?:director|director-general|general|commissioner|president|secretary|secretary-general|minister|premier|governor|mayor|ambassador|administrator|registrar|coordinator|spokesperson|spokesman|spokeswoman|chair|chairman|chairwoman|chairperson|moderator|host|presenter|executive|officer|ceo|dg)(?:\s+(?:general|director))?(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeLabel();

    // Offices that host a session, whose turns are the chair's.
    [GeneratedRegex(@"^(?:chair|chairman|chairwoman|chairperson|moderator|host|presenter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairOffice();

    [GeneratedRegex(@"^(?:The|This|That|These|Those|There|In|On|At|For|By|To|From|With|As|And|But|Or|If|When|While|After|Before|Since|Here|Now|Then|It|We|Our|I|You|He|She|They|His|Her|Their|Its|All|Some|Many|Most|Each|Every|One|Two|Three|First|Second|Third|Finally|Also|Moreover|However|Meanwhile|Besides|Firstly|Secondly|Thirdly|Lastly|Last|Next|Today|Yesterday|Please|Thank|Thanks|Yes|No|Well|So|Good)\b")]
    private static partial Regex FunctionWord();

    // Headings and field names that end with a colon but are nobody's turn.
    [GeneratedRegex(@"^(?:Notes?|Editor'?’?s? [Nn]otes?|Source|Sources|Photo|Photos|Picture|Image|Video|Related|Update|Updated|Contact|Contacts|Media [Cc]ontacts?|Press [Cc]ontacts?|Background|Translation|Translated|Attachments?|Tags|Keywords|Date|Dates|Time|Venue|Location|Place|Theme|Topic|Subject|Title|Summary|Highlights|Key [Pp]oints|Key [Ff]indings|Agenda|Speakers|Guests|Read [Mm]ore|See [Aa]lso|Links?|Examples?|Step \d+|Tips?|Warning|Important|Disclaimer|Web|Website|Email|E-mail|Tel|Phone|Fax|Address|Reference|References|Further [Ii]nformation|More [Ii]nformation|About|Abstract|Conclusion|Introduction|Objectives?|Goals?|Targets?|Measures|Results|Outcome|Progress|Status|Deadline|Category|Categories|Type|Format|Language|Author|Authors|Editor|Reporter'?’?s? [Nn]ote|Caption|Credit|Copyright|Print|Share|Download|Documents?|Annex|Appendix|Article \d+|Section \d+|Chapter \d+|Part \d+|Table \d+|Figure \d+|Fig\. \d+|PS|P\.S\.|NB|N\.B\.)$")]
    private static partial Regex NotALabel();

    // Committee transcripts number the questions: "Q1 Chair:", "Q12 Mr Binley:".
    [GeneratedRegex(@"^Q\d+\s+(?=\p{Lu})")]
    private static partial Regex QuestionNumber();

    [GeneratedRegex(@"\s[—–-]\s")]
    private static partial Regex DashSeparator();
}
