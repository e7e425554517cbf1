using AngleSharp.Dom;
using IprArchive.Statements;

namespace IprArchive.Markdown.Transcripts;

/// <summary>
/// Numbers the turns of a sanitised transcript (<c>&lt;div class="turn"&gt;</c>, see
/// <see cref="TranscriptExtension"/>) <c>t-1</c>, <c>t-2</c>… in reading order, whoever takes
/// them, so a link to <c>#t-3</c> keeps its turn when the record's speakers change. Each turn
/// becomes a passage of its words without the label, keyed by its first paragraph.
/// </summary>
internal static class TurnAnchors
{
    public static Dictionary<IElement, QuotedPassage> Assign(IElement body)
    {
        var turns = new Dictionary<IElement, QuotedPassage>(ReferenceEqualityComparer.Instance);
        var number = 0;
        foreach (var div in body.QuerySelectorAll("div.turn").Where(d => d.ParentElement?.Closest("blockquote, div.turn") is null).ToList())
        {
            var id = $"t-{++number}";
            div.Id = id;
            var speaker = div.QuerySelector("b.turn-speaker");
            var first = div.Children.FirstOrDefault(c => c.LocalName == "p");
            var label = speaker?.TextContent.Trim().TrimEnd(':', '：').Trim() is { Length: > 0 } written ? TurnLabels.Classify(written) : null;
            if (first is null || speaker is null || label is null)
            {
                continue;
            }

            // No copy-link control beside the label: a mark there reads as an opening quotation
            // mark. A credited turn's link is in the page's list of quotations; each paragraph keeps its ¶.
            var text = WithoutLabel(PassageAnchors.OwnText(div), speaker.TextContent.Trim());
            turns[first] = new QuotedPassage(id, text, QuotationForm.Turn, 0, new QuoteContext("", text, "", ""), label.Name, Turn: label);
        }

        return turns;
    }

    /// <summary>The label of the turn <paramref name="element"/> is in, or null outside transcripts.</summary>
    public static TurnLabel? LabelOf(IElement element) =>
        element.Closest("div.turn")?.QuerySelector("b.turn-speaker")?.TextContent.Trim().TrimEnd(':', '：').Trim() is { Length: > 0 } written
            ? TurnLabels.Classify(written)
            : null;

    private static string WithoutLabel(string text, string label) =>
        text.StartsWith(label, StringComparison.Ordinal) ? text[label.Length..].TrimStart() : text;
}
