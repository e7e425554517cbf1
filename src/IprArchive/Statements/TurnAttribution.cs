using IprArchive.Content;
using IprArchive.Markdown.Transcripts;

namespace IprArchive.Statements;

/// <summary>
/// Who takes a transcript turn: the record speaker its label names in full ("Shen Changyu:",
/// "Commissioner Shen:", "Changyu Shen:"; a title before a surname must fit the speaker's role),
/// the one speaker who holds the office a label names alone at the time ("THE VICE PRESIDENT:"),
/// the chair only when the label names a record speaker, an unnamed answer ("A:") only when the
/// record has one speaker. A question is nobody's
/// statement, whatever the record's speakers are: a journalist's words must never be credited
/// to an official.
/// </summary>
public static class TurnAttribution
{
    /// <summary>
    /// The speaker credited with a turn labelled <paramref name="label"/>, or nobody.
    /// <paramref name="lone"/>: the body's only turn (an excerpt that kept one), where a title
    /// and a surname credit the speaker only when the title fits the speaker's role.
    /// </summary>
    public static Attribution Of(TurnLabel label, SpeakerNames names, bool lone = false)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(names);
        var speaker = label.Role switch
        {
            TurnRole.Question => null,
            TurnRole.Answer => names.Speakers.Count == 1 ? names.Speakers[0] : null,
            TurnRole.Office => label.Title is { } office ? names.ResolveOffice(office) : null,
            _ when label.Name is null => null,
            _ => names.ResolveLabel(label.Name) is { } named && (!lone || TitleFits(label, label.Name, named)) ? named : null,
        };
        return speaker is null ? Attribution.Nobody : new Attribution(speaker, AttributionKind.Turn);
    }

    // A lone "Deputy Director King:" is one paragraph that a title and a surname open, weaker
    // evidence than a transcript's run of labels: the title must fit King's role, so one that says
    // someone else ("Commissioner King:" for a deputy director) credits nobody. A full name is
    // enough on its own. In a transcript of several turns the title is left out as before: roles
    // as written are often shorter than the courtesy titles transcripts use ("AMBASSADOR KIRK:").
    private static bool TitleFits(TurnLabel label, string name, SpeakerCredit speaker) =>
        label.Title is not { } title || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1 || SpeakerNames.TitleFits(title, speaker);
}
