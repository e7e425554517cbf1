using System.Globalization;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace IprArchive.Markdown;

/// <summary>
/// GitHub-style heading ids (<c>## A new plan</c> gets <c>#a-new-plan</c>, a repeat gets
/// <c>#a-new-plan-1</c>), in linear time. Markdig's own extension looks for a free suffix from 1
/// each time, which makes 20,000 equal headings take over a minute; here each base id remembers
/// its next suffix.
/// </summary>
internal static class HeadingIds
{
    /// <summary>Sets the id of every heading in <paramref name="document"/>.</summary>
    public static void Assign(MarkdownDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var plain = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            writer.GetStringBuilder().Clear();
            if (heading.Inline is not null)
            {
                plain.Render(heading.Inline);
            }

            var baseId = LinkHelper.UrilizeAsGfm(writer.ToString());
            baseId = baseId.Length == 0 ? "section" : baseId;
            var id = baseId;
            if (!taken.Add(id))
            {
                var suffix = nextSuffix.GetValueOrDefault(baseId, 1);
                do
                {
                    id = $"{baseId}-{suffix++}";
                }
                while (!taken.Add(id));
                nextSuffix[baseId] = suffix;
            }

            heading.GetAttributes().Id = id;
        }
    }
}
