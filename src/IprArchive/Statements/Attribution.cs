using IprArchive.Content;

namespace IprArchive.Statements;

/// <summary>How a quotation's speaker was found.</summary>
public enum AttributionKind
{
    /// <summary>Nobody: the speaker cannot be told for sure.</summary>
    None,

    /// <summary>An explicit line <c>— Speaker Name</c> ending a blockquote.</summary>
    Explicit,

    /// <summary>A transcript turn whose label names the speaker ("Shen Changyu:").</summary>
    Turn,

    /// <summary>A name in the surrounding sentence ("…," said Gan).</summary>
    Sentence,

    /// <summary>A pronoun in the surrounding sentence resolved to the last named speaker ("…," he added).</summary>
    Pronoun,

    /// <summary>The record has one speaker and nothing points elsewhere.</summary>
    OnlySpeaker,
}

/// <summary>Who said a quotation, or why we cannot say.</summary>
public sealed record Attribution(SpeakerCredit? Speaker, AttributionKind Kind, string? Ambiguity = null)
{
    /// <summary>No speaker, nothing suspicious: the quotation simply is not attributed.</summary>
    public static readonly Attribution Nobody = new(null, AttributionKind.None);
}
