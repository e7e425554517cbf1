using IprArchive.Markdown.Transcripts;

namespace IprArchive.Statements;

/// <summary>
/// Who takes a transcript turn: the record speaker its label names in full ("Shen Changyu:",
/// "Commissioner Shen:", "Changyu Shen:"), the chair only when the label names a record speaker,
/// an unnamed answer ("A:") only when the record has one speaker. A question is nobody's
/// statement, whatever the record's speakers are: a journalist's words must never be credited
/// to an official.
/// </summary>
public static class TurnAttribution
{
    /// <summary>The speaker credited with a turn labelled <paramref name="label"/>, or nobody.</summary>
    public static Attribution Of(TurnLabel label, SpeakerNames names)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(names);
        return label.Role switch
        {
            TurnRole.Question => Attribution.Nobody,
            TurnRole.Answer => names.Speakers.Count == 1 ? new Attribution(names.Speakers[0], AttributionKind.Turn) : Attribution.Nobody,
            _ when label.Name is null => Attribution.Nobody,
            _ => names.ResolveLabel(label.Name) is { } speaker ? new Attribution(speaker, AttributionKind.Turn) : Attribution.Nobody,
        };
    }
}
