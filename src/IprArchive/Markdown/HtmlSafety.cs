using AngleSharp.Dom;
using Ganss.Xss;

namespace IprArchive.Markdown;

/// <summary>
/// The last step of rendering a body: the whole HTML that Markdig produced (raw HTML from the
/// editor included) goes through HtmlSanitizer, then paragraphs and quotations get their anchors
/// and external links get <c>rel="noopener"</c>. Sanitising the whole output, not just the raw
/// HTML pieces, means no Markdown trick can slip markup past it.
/// </summary>
internal sealed class HtmlSafety
{
    // Forms and inline styles have no place in a press record and would fight the theme.
    private static readonly string[] ForbiddenTags =
        ["form", "input", "button", "select", "textarea", "option", "optgroup", "keygen", "datalist",
         "output", "fieldset", "label", "legend", "menuitem", "map", "area"];

    private readonly HtmlSanitizer _sanitizer;
    private readonly string? _siteHost;
    private readonly string _basePath;

    public HtmlSafety(string? siteHost, string basePath)
    {
        _siteHost = siteHost;
        _basePath = basePath;
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedAttributes.Add("id");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Remove("style");
        foreach (var tag in ForbiddenTags)
        {
            _sanitizer.AllowedTags.Remove(tag);
        }
    }

    public RenderedMarkdown Finish(string rawHtml, string? cite)
    {
        using var document = _sanitizer.SanitizeDom(rawHtml);
        var body = document.Body!;
        MarkExternalLinks(body);
        ApplyBasePath(body);
        MakeWideBlocksScrollable(body);
        var (paragraphs, quotations) = PassageAnchors.Assign(body, cite);
        return new RenderedMarkdown(body.InnerHtml, paragraphs, quotations);
    }

    /// <summary>
    /// Editors write site links as <c>/announcements/2021/</c>; under a base path such as
    /// <c>/repo/</c> they must become <c>/repo/announcements/2021/</c>.
    /// </summary>
    private void ApplyBasePath(IElement body)
    {
        if (_basePath == "/")
        {
            return;
        }

        foreach (var (element, attribute) in body.QuerySelectorAll("a[href]").Select(e => (e, "href"))
                     .Concat(body.QuerySelectorAll("img[src]").Select(e => (e, "src"))))
        {
            var value = element.GetAttribute(attribute)!;
            if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
            {
                element.SetAttribute(attribute, _basePath + value.TrimStart('/'));
            }
        }
    }

    /// <summary>
    /// Wide tables and code scroll sideways on small screens; a scrolling region must be
    /// reachable by keyboard, so it gets a focusable, labelled wrapper.
    /// </summary>
    private static void MakeWideBlocksScrollable(IElement body)
    {
        foreach (var block in body.QuerySelectorAll("table, pre").ToList())
        {
            var wrapper = block.Owner!.CreateElement("div");
            wrapper.ClassName = "scroll";
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("aria-label", block.LocalName == "table" ? "Table" : "Code");
            block.Parent!.ReplaceChild(wrapper, block);
            wrapper.AppendChild(block);
        }
    }

    private void MarkExternalLinks(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (Uri.TryCreate(href, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && !string.Equals(uri.Host, _siteHost, StringComparison.OrdinalIgnoreCase))
            {
                link.SetAttribute("rel", "noopener noreferrer external");
            }
        }
    }
}
