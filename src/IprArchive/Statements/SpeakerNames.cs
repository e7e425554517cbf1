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
