using IprArchive.Content;

namespace IprArchive.Statements;

/// <summary>
/// The ways a record's text refers to its speakers: full names and single name words ("Gan",
/// "Shen", "Vidal"). A word shared by two speakers of the record refers to neither.
/// </summary>
public sealed class SpeakerNames
{
    private readonly Dictionary<string, SpeakerCredit?> _byWord = new(StringComparer.Ordinal);

    /// <summary>Indexes the names of <paramref name="speakers"/>.</summary>
    public SpeakerNames(IReadOnlyList<SpeakerCredit> speakers)
    {
        Speakers = speakers;
        foreach (var credit in speakers)
        {
            var names = credit.Speaker.Aliases.Prepend(credit.Speaker.Name);
            foreach (var word in names.SelectMany(n => NameKey.Words(NameKey.Of(n))).Where(w => w.Length > 1).Distinct())
            {
                _byWord[word] = _byWord.TryGetValue(word, out var other) && other?.Speaker.Id != credit.Speaker.Id ? null : credit;
            }
        }
    }

    /// <summary>The record's speakers.</summary>
    public IReadOnlyList<SpeakerCredit> Speakers { get; }

    /// <summary>
    /// Resolves a name as written ("Gan", "Commissioner Shen", "Daren Tang"): Found with the
    /// speaker, Shared when it fits several speakers, Unknown when it names nobody of the record.
    /// </summary>
    public (NameMatch Match, SpeakerCredit? Speaker) Resolve(string name)
    {
        var words = NameKey.Words(NameKey.Of(name));
        SpeakerCredit? found = null;
        foreach (var word in words.Reverse())
        {
            if (!_byWord.TryGetValue(word, out var credit))
            {
                continue;
            }

            if (credit is null)
            {
                return (NameMatch.Shared, null);
            }

            if (found is not null && found.Speaker.Id != credit.Speaker.Id)
            {
                return (NameMatch.Shared, null);
            }

            found = credit;
        }

        return found is null ? (NameMatch.Unknown, null) : (NameMatch.Found, found);
    }

    /// <summary>
    /// The speaker a transcript label or a full name names: every word of it (titles left out)
    /// is a word of the speaker's name or alias, or it is that name with a hyphen or space dropped
    /// or the family name moved ("Lee Insil", "Insil Lee" for "Lee In-sil"). A single word must
    /// name one speaker only. Stricter than <see cref="Resolve"/>: "Wang Peng" is not "Wang Yi".
    /// </summary>
    public SpeakerCredit? ResolveLabel(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Acronyms are organisations ("KIPO Commissioner Sung Yun-mo"), not parts of a name.
        // A label in capitals ("KNIGHT:", "DAREN TANG:") is a name, not an acronym.
        var written = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var withoutAcronyms = written.All(IsAcronym) ? name : string.Join(' ', written.Where(w => !IsAcronym(w)));
        var words = NameKey.Words(NameKey.Of(withoutAcronyms)).Where(w => !Titles.Contains(w)).ToArray();
        if (words.Length == 0)
        {
            // A role alone ("Spokesperson:", "Commissioner:") names the one speaker who holds it.
            return NameKey.Of(name).Length > 0 && ResolveDescriptor(name) is (NameMatch.Found, var holder) ? holder : null;
        }

        if (words.Length == 1)
        {
            return Resolve(words[0]) is (NameMatch.Found, var one) ? one : null;
        }

        var matches = Speakers
            .Where(s => s.Speaker.Aliases.Prepend(s.Speaker.Name).Any(n => SameName(words, NameKey.Words(NameKey.Of(n)))))
            .DistinctBy(s => s.Speaker.Id)
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// True when the person part of a name as written (its last capitalised words, after titles
    /// and acronyms: "Tang" of "WIPO Director General Daren Tang") is the speaker's name: "Wang
    /// Peng" shares a word with "Wang Yi" but is someone else.
    /// </summary>
    public static bool PersonPartMatches(string written, SpeakerCredit speaker)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(speaker);
        var person = written.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Reverse()
            .TakeWhile(w => !Titles.Contains(NameKey.Of(w)) && !(w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))))
            .Reverse()
            .SelectMany(w => NameKey.Words(NameKey.Of(w)))
            .ToArray();
        return person.Length == 0
            || speaker.Speaker.Aliases.Prepend(speaker.Speaker.Name).Any(n => SameName(person, NameKey.Words(NameKey.Of(n))));
    }

    /// <summary>
    /// The speaker a role descriptor means ("the commissioner", "the WIPO chief", "the director
    /// general"): the one speaker whose role has the descriptor's role words (any head of an
    /// office for "chief", "head", "boss") at the organisation it names, if it names one.
    /// </summary>
    public (NameMatch Match, SpeakerCredit? Speaker) ResolveDescriptor(string descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var words = NameKey.Words(NameKey.Of(descriptor.Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal)))
            .Where(w => w is not ("the" or "a" or "an" or "its" or "s"))
            .ToArray();
        var candidates = Speakers.Where(s => DescriptorFits(words, s)).DistinctBy(s => s.Speaker.Id).ToList();
        return candidates.Count switch
        {
            0 => (NameMatch.Unknown, null),
            1 => (NameMatch.Found, candidates[0]),
            _ => (NameMatch.Shared, null),
        };
    }

    /// <summary>
    /// The speaker an office label means ("THE VICE PRESIDENT", "Spokesperson", "the Secretary of
    /// Commerce"): the one speaker whose role at the time of the record (front matter, or the
    /// registry's role on the record's date) has the office's words, at the rank it says (a
    /// deputy is not the director). Null when nobody or several hold it.
    /// </summary>
    public SpeakerCredit? ResolveOffice(string office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var words = OfficeWords(office);
        var holders = Speakers.Where(s => words.Length > 0 && DescriptorFits(words, s, atTheTime: true)).DistinctBy(s => s.Speaker.Id).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>
    /// True when a title written before a surname ("Deputy Director" King, "Commissioner" Shen)
    /// fits the speaker: a form of address ("Ms.", "Dr", "Professor") fits anyone; any other title
    /// must be in one of the speaker's roles, at its rank ("Director" does not fit a deputy director).
    /// </summary>
    public static bool TitleFits(string title, SpeakerCredit speaker)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(speaker);
        var words = OfficeWords(title).Where(w => !Address.Contains(w)).ToArray();
        return words.Length == 0 || DescriptorFits(words, speaker, atTheTime: false);
    }

    private static string[] OfficeWords(string office) =>
        NameKey.Words(NameKey.Of(office)).Where(w => w is not ("the" or "of" or "for" or "acting")).ToArray();

    // Forms of address, peerages and academic titles: they say nothing of the speaker's office.
    // "Ambassador" stays a form of address for life (and for trade representatives).
    private static readonly HashSet<string> Address = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mme", "madam", "madame", "sir", "dame", "dr", "prof", "professor",
        "lord", "lady", "baroness", "baron", "hon", "honourable", "honorable", "rt", "ambassador",
    };

    private static bool DescriptorFits(string[] words, SpeakerCredit speaker, bool atTheTime = false)
    {
        var organization = speaker.Organization?.AllNames.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal) ?? [];
        var roles = (atTheTime ? [] : speaker.Speaker.Roles.Select(r => r.Role)).Prepend(speaker.Role).OfType<string>()
            .Select(r => NameKey.Words(NameKey.Of(r))).ToList();
        var orgWords = words.Where(organization.Contains).ToList();
        var roleWords = words.Except(orgWords).Where(w => w is not ("office" or "organization" or "organisation" or "agency" or "ip" or "top" or "senior" or "new")).ToList();
        if (roles.Count == 0 || roleWords.Count == 0)
        {
            return false;
        }

        var generic = roleWords.All(w => w is "chief" or "head" or "boss" or "leader" or "dg");
        return roles.Any(role => generic
            ? role.Any(w => w is "director" or "commissioner" or "president" or "head" or "chief" or "minister" or "secretary" or "chair" or "chairman" or "administrator" or "ceo")
                && !role.Any(w => w is "deputy" or "vice" or "assistant")
            : roleWords.All(role.Contains) && (roleWords.Any(w => w is "deputy" or "vice" or "assistant") || !role.Any(w => w is "deputy" or "vice" or "assistant")));
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => char.IsUpper(c) || c is '-' or '.');

    private static bool SameName(string[] written, string[] name)
    {
        if (written.All(name.Contains))
        {
            return true;
        }

        var joined = string.Concat(written);
        return Enumerable.Range(0, name.Length).Any(r => string.Concat(name.Skip(r).Concat(name.Take(r))) == joined);
    }

    // Words of a title before or after a name ("Commissioner Shen", "Director General Daren Tang").
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "madam", "commissioner", "deputy", "director",
        "general", "minister", "vice", "secretary", "under", "ambassador", "president", "chief", "judge", "justice",
        "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair", "host", "moderator", "head",
        "premier", "governor", "mayor", "senator", "administrator", "registrar", "coordinator", "assistant", "acting",
        "executive", "lord", "lady", "baroness",
    };

    /// <summary>True when <paramref name="word"/> (as written) is a word of a speaker's name.</summary>
    public bool IsNameWord(string word) => _byWord.ContainsKey(NameKey.Of(word));
}

/// <summary>The outcome of resolving a written name against a record's speakers.</summary>
public enum NameMatch
{
    Unknown,
    Found,
    Shared,
}
