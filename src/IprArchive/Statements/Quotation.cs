using IprArchive.Content;
using IprArchive.Markdown;

namespace IprArchive.Statements;

/// <summary>
/// A quotation of a record with the speaker it is credited to: what the page marks up as
/// <c>#q-N</c>, the JSON-LD calls a <c>Quotation</c> and <c>statements.json</c> exports.
/// </summary>
/// <param name="Id">Anchor within the record's page: <c>q-1</c>, <c>q-2</c>… in reading order.</param>
/// <param name="Text">The quoted words, without quotation marks, whitespace collapsed.</param>
/// <param name="Speaker">Who said it, with role and organisation at the time; null when it cannot be told for sure.</param>
/// <param name="Kind">How the speaker was found.</param>
/// <param name="Ambiguity">Why nobody is credited although the quotation looks like a speaker's (warning IPR050), or null.</param>
/// <param name="ParagraphIndex">0-based index of the paragraph it is in (inline) or follows (block).</param>
/// <param name="Line">1-based line in the record's body where it starts, when known.</param>
/// <param name="Column">1-based column of its opening mark on <paramref name="Line"/>, when known.</param>
/// <param name="Form">Inline (in quotation marks) or block.</param>
public sealed record Quotation(
    string Id,
    string Text,
    SpeakerCredit? Speaker,
    AttributionKind Kind,
    string? Ambiguity,
    int ParagraphIndex,
    int? Line,
    int? Column,
    QuotationForm Form);
