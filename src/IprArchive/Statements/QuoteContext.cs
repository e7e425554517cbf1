namespace IprArchive.Statements;

/// <summary>A quotation with the text around it: the rest of its paragraph and the paragraphs before.</summary>
/// <param name="Before">The paragraph's text before the opening mark.</param>
/// <param name="Quote">The quoted words, without marks.</param>
/// <param name="After">The paragraph's text after the closing mark.</param>
/// <param name="EarlierText">The text of the paragraphs before this one, for pronouns.</param>
/// <param name="Next">The line or paragraph after a quotation standing alone (it may name who said it).</param>
/// <param name="StandsAlone">The quotation is a paragraph, or a line of one, of its own.</param>
/// <param name="RunsOn">The quotation is never closed in its paragraph: it continues in the next.</param>
public sealed record QuoteContext(string Before, string Quote, string After, string EarlierText, string Next = "", bool StandsAlone = false, bool RunsOn = false);
