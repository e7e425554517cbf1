using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace IprArchive.Markdown;

/// <summary>
/// Finds where each quotation starts in the Markdown source, for diagnostics such as IPR050.
/// Block quotations come from Markdig's syntax tree; inline ones are found by searching the
/// source for an opening mark followed by their first words, in reading order (the rendered text
/// has typographic quotes and no markup, so it cannot be matched character for character).
/// </summary>
internal static partial class QuotationPositions
{
    private const int WordsToMatch = 4;

    public static List<QuotedPassage> Locate(IReadOnlyList<QuotedPassage> quotations, MarkdownDocument document, string markdown)
    {
        var lineStarts = LineStarts(markdown);
        var blocks = document.Descendants<QuoteBlock>().Where(q => !HasQuoteAncestor(q)).ToList();
        // Raw HTML <blockquote>s have no Markdown block; then blocks cannot be matched up.
        var blocksMatch = blocks.Count == quotations.Count(q => q.Form == QuotationForm.Block);
        var nextBlock = 0;
        var turns = document.Descendants<Transcripts.TranscriptTurnBlock>().ToList();
        var turnsMatch = turns.Count == quotations.Count(q => q.Form == QuotationForm.Turn);
        var nextTurn = 0;
        var cursor = 0;
        var located = new List<QuotedPassage>(quotations.Count);
        foreach (var quotation in quotations)
        {
            int? offset = null;
            if (quotation.Form == QuotationForm.Block)
            {
                if (blocksMatch)
                {
                    var block = blocks[nextBlock++];
                    offset = lineStarts[block.Line] + block.Column;
                }
            }
            else if (quotation.Form == QuotationForm.Turn)
            {
                if (turnsMatch)
                {
                    var turn = turns[nextTurn++];
                    offset = lineStarts[turn.Line] + turn.Column;
                }
            }
            else if (OpeningOf(quotation.Text).Match(markdown, Math.Min(cursor, markdown.Length)) is { Success: true } match)
            {
                offset = match.Index;
            }

            if (offset is not { } at)
            {
                located.Add(quotation);
                continue;
            }

            cursor = at + 1;
            var line = UpperBound(lineStarts, at);
            located.Add(quotation with { Line = line, Column = at - lineStarts[line - 1] + 1 });
        }

        return located;
    }

    private static Regex OpeningOf(string text)
    {
        var words = Word().Matches(text).Take(WordsToMatch).Select(m => Regex.Escape(m.Value.Length > 12 ? m.Value[..12] : m.Value));
        return new Regex(@"[""“„「『]\W*" + string.Join(@"[\W_]+", words), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>1-based number of the line holding <paramref name="offset"/>.</summary>
    private static int UpperBound(int[] lineStarts, int offset)
    {
        var i = Array.BinarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : ~i;
    }

    private static bool HasQuoteAncestor(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
