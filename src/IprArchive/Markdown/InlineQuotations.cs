using AngleSharp.Dom;
using IprArchive.Statements;

namespace IprArchive.Markdown;

/// <summary>
/// Finds direct speech in one paragraph of a sanitised body and marks it up. A quotation whose
/// opening and closing marks sit under the same parent element is wrapped in
/// <c>&lt;q id="q-N"&gt;</c> (the marks stay in the text; the stylesheet turns off
/// <c>q</c>'s own quotes); one that straddles elements (a mark inside <c>&lt;em&gt;</c>) gets an
/// empty anchor <c>&lt;span id="q-N"&gt;</c> at its opening mark instead, so the link still lands.
/// </summary>
internal static class InlineQuotations
{
    /// <summary>An inline quotation found in a paragraph, with the paragraph text around it.</summary>
    /// <param name="Text">The quoted words.</param>
    /// <param name="Before">The paragraph's text before the opening mark.</param>
    /// <param name="After">The paragraph's text after the closing mark.</param>
    /// <param name="NextLine">When the quotation is a line of its own, the line after it (an attribution line), else null.</param>
    /// <param name="RunsOn">The quotation is never closed: it runs on into the next paragraph.</param>
    public sealed record Found(string Text, string Before, string After, string? NextLine = null, bool RunsOn = false);

    /// <summary>
    /// Marks up the statements in <paramref name="paragraph"/>, numbering them from
    /// <paramref name="firstNumber"/>; returns them in reading order. A short phrase counts when
    /// it repeats words of one of the record's longer quotations (<paramref name="echoes"/>).
    /// </summary>
    public static IReadOnlyList<Found> Mark(IElement paragraph, int firstNumber, Lazy<IReadOnlyList<string>> echoes)
    {
        var texts = TextNodes(paragraph).ToList();
        var starts = new int[texts.Count];
        var raw = new System.Text.StringBuilder();
        for (var i = 0; i < texts.Count; i++)
        {
            starts[i] = raw.Length;
            raw.Append(texts[i].Data);
        }

        var whole = raw.ToString();
        var spans = QuoteSpans.Find(whole)
            .Where(s => QuoteSpans.IsStatement(s, whole[..s.Start], whole[s.End..]) || QuoteSpans.Echoes(s, echoes))
            .ToList();

        // Wrapping splits text nodes after the span, so the last span goes first and the
        // offsets of the earlier ones stay valid.
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            Wrap(paragraph, texts, starts, spans[k], $"q-{firstNumber + k}");
        }

        return [.. spans.Select(s => new Found(Collapse(s.Text), Collapse(whole[..s.Start]), Collapse(whole[s.End..]), NextLine(whole, s), RunsOn(whole, s)))];
    }

    private static void Wrap(IElement paragraph, List<IText> texts, int[] starts, QuoteSpan span, string id)
    {
        var (first, firstOffset) = Locate(texts, starts, span.Start);
        var (last, lastOffset) = Locate(texts, starts, span.End - 1);
        var document = paragraph.Owner!;
        var opening = firstOffset == 0 ? first : first.Split(firstOffset);
        if (ReferenceEquals(first, last))
        {
            last = opening;
            lastOffset -= firstOffset;
        }

        if (!ReferenceEquals(opening.Parent, last.Parent))
        {
            var anchor = document.CreateElement("span");
            anchor.Id = id;
            anchor.ClassName = "quote-anchor";
            opening.Parent!.InsertBefore(anchor, opening);
            return;
        }

        if (lastOffset + 1 < last.Data.Length)
        {
            // The text after the closing mark becomes a node of its own, left outside the q.
            last.Split(lastOffset + 1);
        }

        // No cite attribute (the record's source is in its fact box and JSON-LD) and no copy-link
        // control: site.js adds the ❝ link, and without script the statements list links here.
        var q = document.CreateElement("q");
        q.Id = id;

        var parent = opening.Parent!;
        parent.InsertBefore(q, opening);
        INode? node = opening;
        while (node is not null)
        {
            var next = node.NextSibling;
            q.AppendChild(node);
            if (ReferenceEquals(node, last))
            {
                break;
            }

            node = next;
        }
    }

    private static (IText Node, int Offset) Locate(List<IText> texts, int[] starts, int offset)
    {
        var i = Array.BinarySearch(starts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        // Empty text nodes share a start with the next one; the character is in the last of them.
        while (i + 1 < texts.Count && starts[i + 1] == starts[i])
        {
            i++;
        }

        return (texts[i], offset - starts[i]);
    }

    /// <summary>Text nodes of the paragraph in order, leaving out nested lists (passages of their own).</summary>
    private static IEnumerable<IText> TextNodes(INode node)
    {
        foreach (var child in node.ChildNodes.ToList())
        {
            if (child is IText text)
            {
                yield return text;
            }
            else if (child is IElement { LocalName: not ("ul" or "ol") } element)
            {
                foreach (var inner in TextNodes(element))
                {
                    yield return inner;
                }
            }
        }
    }

    // A quotation alone on its line of a paragraph (lines kept as published), and the line after it.
    private static string? NextLine(string whole, QuoteSpan span)
    {
        var before = whole[..span.Start].TrimEnd(' ', '\t');
        var after = whole[span.End..].TrimStart(' ', '\t', '.', ',');
        if ((before.Length > 0 && !before.EndsWith('\n')) || !after.StartsWith('\n'))
        {
            return null;
        }

        var line = after[1..];
        var end = line.IndexOf('\n', StringComparison.Ordinal);
        return Collapse(end < 0 ? line : line[..end]);
    }

    // A quotation that reaches the end of its paragraph without a closing mark (English opens
    // each paragraph of a long quotation and closes only the last).
    private static bool RunsOn(string whole, QuoteSpan span) =>
        whole.TrimEnd() is { Length: > 0 } text && span.End >= text.Length && text[^1] is not ('”' or '"' or '’' or '\'' or '」' or '』');

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
