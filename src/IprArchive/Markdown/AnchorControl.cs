using AngleSharp.Dom;

namespace IprArchive.Markdown;

/// <summary>The small copy-link control beside a passage: a plain link to its anchor, so it works without script.</summary>
internal static class AnchorControl
{
    public static IElement Create(IDocument document, string id, string label, string symbol)
    {
        var control = document.CreateElement("a");
        control.ClassName = "anchor-link";
        control.SetAttribute("href", "#" + id);
        control.SetAttribute("aria-label", label);
        control.TextContent = symbol;
        return control;
    }
}
