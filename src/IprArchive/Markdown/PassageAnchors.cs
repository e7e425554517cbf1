using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace IprArchive.Markdown;

/// <summary>
/// Numbers the passages of a sanitised body in reading order: every paragraph outside a
/// quotation gets <c>id="p-N"</c> (a tight list item, which has no <c>&lt;p&gt;</c>, counts as
/// one), every top-level block quotation gets <c>id="q-N"</c>, and each gets a copy-link control.
/// The numbers only depend on the body, so a link to <c>#p-3</c> stays valid across rebuilds.
/// </summary>
internal static partial class PassageAnchors
{
    public static (IReadOnlyList<Passage> Paragraphs, IReadOnlyList<Passage> Quotations) Assign(IElement body)
    {
        RemoveClashingIds(body);
        var paragraphs = new List<Passage>();
        var quotations = new List<Passage>();
        foreach (var element in body.QuerySelectorAll("p, li, blockquote").ToList())
        {
            var insideQuote = element.ParentElement?.Closest("blockquote") is not null;
            if (insideQuote)
            {
                continue;
            }

            if (element.LocalName == "blockquote")
            {
                var (text, attribution) = QuotationText(element);
                AddAnchor(element, quotations, "q", "quotation", text);
                if (attribution is not null && quotations.Count > 0 && quotations[^1].Anchor == element.Id)
                {
                    quotations[^1] = quotations[^1] with { Attribution = attribution };
                }
            }
            else if (element.LocalName == "p" || !HasParagraphChild(element))
            {
                AddAnchor(element, paragraphs, "p", "paragraph", OwnText(element));
            }
        }

        return (paragraphs, quotations);
    }

    private static void AddAnchor(IElement element, List<Passage> passages, string prefix, string noun, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var number = passages.Count + 1;
        var id = $"{prefix}-{number}";
        element.Id = id;
        passages.Add(new Passage(id, text));

        var control = element.Owner!.CreateElement("a");
        control.ClassName = "anchor-link";
        control.SetAttribute("href", "#" + id);
        control.SetAttribute("aria-label", $"Link to {noun} {number}");
        control.TextContent = "¶";
        var nestedList = element.Children.FirstOrDefault(c => c.LocalName is "ul" or "ol");
        if (nestedList is null)
        {
            element.AppendChild(control);
        }
        else
        {
            element.InsertBefore(control, nestedList);
        }
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

    /// <summary>Text of the element without nested lists (they are passages of their own).</summary>
    private static string OwnText(IElement element)
    {
        var parts = element.ChildNodes
            .Where(n => n is not IElement { LocalName: "ul" or "ol" })
            .Select(n => n.TextContent);
        return Whitespace().Replace(string.Concat(parts), " ").Trim();
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

    [GeneratedRegex(@"^(?:[pq]-\d+|site-.*)$")]
    private static partial Regex OurIdPattern();
}
