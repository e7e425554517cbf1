using IprArchive.Statements;

namespace IprArchive.Markdown;

/// <summary>Whether a quotation is direct speech inside a paragraph or a whole block quotation.</summary>
public enum QuotationForm
{
    /// <summary>Words in quotation marks inside a paragraph, marked up as <c>&lt;q&gt;</c>.</summary>
    Inline,

    /// <summary>A Markdown block quotation (<c>&lt;blockquote&gt;</c>).</summary>
    Block,

    /// <summary>A transcript turn (<c>&lt;div class="turn" id="t-N"&gt;</c>): a speaker's words from their label to the next.</summary>
    Turn,
}

/// <summary>
/// A quotation as the renderer found it, before anyone is credited with it: its anchor, its
/// words, the text around it (for the attributor) and where it starts in the body.
/// </summary>
/// <param name="Anchor">The element id, <c>q-1</c>, <c>q-2</c>… in reading order.</param>
/// <param name="Text">The quoted words without the quotation marks, whitespace collapsed.</param>
/// <param name="Form">Inline or block.</param>
/// <param name="ParagraphIndex">0-based index in <see cref="RenderedMarkdown.Paragraphs"/> of the paragraph it is in (inline) or follows (block).</param>
/// <param name="Context">The sentence and paragraphs around it.</param>
/// <param name="Attribution">For a block quotation ending with a line <c>— Name</c>, the name (not part of <see cref="Text"/>).</param>
/// <param name="Line">1-based line in the body where it starts, when found.</param>
/// <param name="Column">1-based column of its opening mark (or of the <c>&gt;</c>) on <see cref="Line"/>, when found.</param>
/// <param name="Turn">For a transcript turn, its label (who takes it); for a quotation inside a turn, the label of that turn.</param>
public sealed record QuotedPassage(
    string Anchor,
    string Text,
    QuotationForm Form,
    int ParagraphIndex,
    QuoteContext Context,
    string? Attribution = null,
    int? Line = null,
    int? Column = null,
    Markdown.Transcripts.TurnLabel? Turn = null);
