using System.Text.RegularExpressions;
using AngleSharp.Dom;
using IprArchive.Markdown.Transcripts;
using IprArchive.Statements;

namespace IprArchive.Markdown;

/// <summary>
/// Numbers the passages of a sanitised body in reading order: every paragraph outside a
/// quotation gets <c>id="p-N"</c> (a tight list item, which has no <c>&lt;p&gt;</c>, counts as
/// one); every top-level block quotation and every statement in quotation marks inside a
/// paragraph gets <c>id="q-N"</c> (one sequence for both, in reading order); every transcript
/// turn gets <c>id="t-N"</c> (see <see cref="TurnAnchors"/>). Only ids: site.js adds the
/// copy-link controls. The numbers only depend on the body's quotations and paragraphs, so a link
/// to <c>#q-3</c> survives edits to the text around it.
/// </summary>
internal static partial class PassageAnchors
{
    public static (IReadOnlyList<Passage> Paragraphs, IReadOnlyList<QuotedPassage> Quotations) Assign(IElement body)
    {
        RemoveClashingIds(body);
        var paragraphs = new List<Passage>();
        var quotations = new List<QuotedPassage>();
        var turns = TurnAnchors.Assign(body);
        var elements = body.QuerySelectorAll("p, li, blockquote").ToList();
        // The record's longer quotations, found only when a short phrase asks (most records quote none).
        var texts = elements.ConvertAll(e => e.TextContent);
        var echoes = new Lazy<IReadOnlyList<string>>(() => QuoteSpans.LongerQuotations(texts), isThreadSafe: false);
        string? previousParagraph = null;
        foreach (var element in elements)
        {
            var insideQuote = element.ParentElement?.Closest("blockquote") is not null;
            if (insideQuote)
            {
                continue;
            }

            if (turns.Remove(element, out var turn))
            {
                quotations.Add(turn with { ParagraphIndex = paragraphs.Count, Context = turn.Context with { EarlierText = EarlierText(paragraphs, skipLast: false) } });
            }

            if (element.LocalName == "blockquote")
            {
                var (text, attribution) = QuotationText(element);
                if (text.Length > 0)
                {
                    // "Gan said:" just before a block quotation is its cue; anything further away is not.
                    var lead = element.PreviousElementSibling?.LocalName == "p" ? previousParagraph ?? "" : "";
                    var context = new QuoteContext(lead, text, "", EarlierText(paragraphs, skipLast: lead.Length > 0), StandsAlone: true);
                    var number = quotations.Count(q => q.Form != QuotationForm.Turn) + 1;
                    var id = $"q-{number}";
                    // Only the id, as for paragraphs: site.js adds the ¶ control, and without script the
                    // record's statements list links here. No cite attribute: it repeated the record's
                    // source URL (its fact box and JSON-LD) on every quotation.
                    element.Id = id;
                    quotations.Add(new QuotedPassage(id, text, QuotationForm.Block, paragraphs.Count, context, attribution));
                }

                previousParagraph = null;
            }
            else if (element.LocalName == "p" || !HasParagraphChild(element))
            {
                // Joined only for a paragraph that has a quotation: most have none.
                string? earlier = null;
                var inTurn = TurnAnchors.LabelOf(element);
                var number = quotations.Count(q => q.Form != QuotationForm.Turn) + 1;
                foreach (var found in InlineQuotations.Mark(element, number, echoes))
                {
                    earlier ??= EarlierText(paragraphs, skipLast: false);
                    var id = $"q-{number++}";
                    var alone = found.NextLine is not null || (found.Before.Length == 0 && found.After.Trim('.', ',', ' ').Length == 0);
                    quotations.Add(new QuotedPassage(id, found.Text, QuotationForm.Inline, paragraphs.Count,
                        new QuoteContext(found.Before, found.Text, found.After, earlier, found.NextLine ?? "", alone, found.RunsOn), Turn: inTurn));
                }

                var text = OwnText(element);
                if (text.Length > 0)
                {
                    // Only the id: site.js adds the ¶ control to paragraphs (and quotations). A paragraph
                    // link in the HTML is about 80 bytes, 1.3 KB a record page and in every full-content
                    // feed entry; without script, the statements list links each quotation.
                    var id = $"p-{paragraphs.Count + 1}";
                    element.Id = id;
                    paragraphs.Add(new Passage(id, text));
                    previousParagraph = text;
                }
            }
        }

        return (paragraphs, [.. quotations.Select(q => WithNext(q, paragraphs))]);
    }

    private static QuotedPassage WithNext(QuotedPassage quotation, List<Passage> paragraphs)
    {
        var next = quotation.Form == QuotationForm.Block ? quotation.ParagraphIndex : quotation.ParagraphIndex + 1;
        return quotation.Context.Next.Length == 0 && next < paragraphs.Count ? quotation with { Context = quotation.Context with { Next = paragraphs[next].Text } } : quotation;
    }

    // A pronoun looks back a few paragraphs at most; the whole body would be quadratic in its length.
    private const int PronounReach = 6;

    private static string EarlierText(List<Passage> paragraphs, bool skipLast)
    {
        var end = skipLast ? paragraphs.Count - 1 : paragraphs.Count;
        var start = Math.Max(0, end - PronounReach);
        return string.Join(" ", paragraphs.Skip(start).Take(end - start).Select(p => p.Text));
    }

    /// <summary>
    /// The text of a quotation and the name in its closing "— Speaker Name" line, if any. That
    /// line may be a paragraph of its own or the last line of the last paragraph; its dash may be
    /// an em or en dash, a horizontal bar, or "--" (smart punctuation may already have made it a
    /// dash). The name runs up to a comma or parenthesis ("— Shen Changyu, Commissioner").
    /// </summary>
    private static (string Text, string? Attribution) QuotationText(IElement blockquote)
    {
        var text = OwnText(blockquote);
        var last = blockquote.Children.LastOrDefault(c => c.LocalName == "p");
        var lastLine = last?.TextContent.Split('\n').LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        var match = AttributionLine().Match(lastLine);
        if (!match.Success)
        {
            return (text, null);
        }

        var cut = text.LastIndexOf(Whitespace().Replace(lastLine, " "), StringComparison.Ordinal);
        return (cut >= 0 ? text[..cut].TrimEnd() : text, match.Groups["name"].Value.Trim());
    }

    /// <summary>Text of the element without nested lists (passages of their own) and copy-link controls.</summary>
    internal static string OwnText(IElement element)
    {
        var text = new System.Text.StringBuilder();
        AppendText(element, text);
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static void AppendText(INode node, System.Text.StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && e.LocalName is not ("ul" or "ol") && !e.ClassList.Contains("anchor-link"))
            {
                AppendText(e, text);
            }
        }
    }

    private static bool HasParagraphChild(IElement element) => element.Children.Any(c => c.LocalName == "p");

    /// <summary>
    /// An editor's own <c>id="p-2"</c> (or a heading titled "P 2") must not steal an anchor, and
    /// one starting with <c>site-</c> must not clash with the theme's ids (<c>#site-main</c>).
    /// </summary>
    private static void RemoveClashingIds(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            if (OurIdPattern().IsMatch(element.Id!))
            {
                element.Id = "x-" + element.Id;
            }
        }
    }

    [GeneratedRegex(@"^(?:—|–|―|--)\s*(?<name>[^,(]+)")]
    private static partial Regex AttributionLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:[pqt]-\d+|site-.*)$")]
    private static partial Regex OurIdPattern();
}
