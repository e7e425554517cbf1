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

    // Elements that load what their attributes name: a body may not make a reader's browser call another site.
    private static readonly string[] LoadingAttributes = ["src", "srcset", "poster", "data", "background"];

    // Classes our own Markdig extensions write: footnotes, and transcript turns (TranscriptSyntax).
    // A body's raw HTML may carry them too, which gains it nothing the Markdown itself does not
    // (a turn is an editor's `Name:` line either way); no script of the theme looks for them.
    private static readonly string[] MarkdigClasses =
        ["footnotes", "footnote-ref", "footnote-back-ref", "turn", "turn-question", "turn-chair", "turn-answer", "turn-named", "turn-speaker"];

    private readonly HtmlSanitizer _sanitizer;
    private readonly string? _siteHost;
    private readonly string _basePath;
    private readonly HashSet<string> _imageHosts;

    public HtmlSafety(string? siteHost, string basePath, IEnumerable<string>? imageHosts = null)
    {
        _siteHost = siteHost;
        _basePath = basePath;
        _imageHosts = new HashSet<string>(imageHosts ?? [], StringComparer.OrdinalIgnoreCase);
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedAttributes.Add("id");

        // Only the classes our Markdig extensions write: the theme's scripts and styles find their
        // elements by class (a.anchor-link, .toast), and a body must not be able to pose as them.
        _sanitizer.AllowedAttributes.Add("class");
        foreach (var markdigClass in MarkdigClasses)
        {
            _sanitizer.AllowedClasses.Add(markdigClass);
        }

        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Remove("srcset");
        foreach (var tag in ForbiddenTags)
        {
            _sanitizer.AllowedTags.Remove(tag);
        }
    }

    public RenderedMarkdown Finish(string rawHtml)
    {
        using var document = _sanitizer.SanitizeDom(rawHtml);
        var body = document.Body!;
        RemoveExternalMedia(body);
        MarkExternalLinks(body);
        ApplyBasePath(body);
        MakeWideBlocksScrollable(body);
        var (paragraphs, quotations) = PassageAnchors.Assign(body);
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

    /// <summary>
    /// An image from another site is a tracking pixel: it tells that site who reads which record.
    /// Unless settings.yml lists its host in <c>image_hosts</c>, it becomes a link to the image
    /// with its alt text, so nothing is lost but nothing loads.
    /// </summary>
    private void RemoveExternalMedia(IElement body)
    {
        var selector = string.Join(", ", LoadingAttributes.Select(a => $"[{a}]"));
        foreach (var element in body.QuerySelectorAll(selector).ToList())
        {
            var external = LoadingAttributes.Select(element.GetAttribute).OfType<string>().FirstOrDefault(IsExternal);
            if (external is null)
            {
                continue;
            }

            var link = element.Owner!.CreateElement("a");
            link.SetAttribute("href", external);
            link.TextContent = element.GetAttribute("alt") is { Length: > 0 } alt ? alt : "image";
            element.Parent!.ReplaceChild(link, element);
        }
    }

    private bool IsExternal(string url)
    {
        if (!Uri.TryCreate(url.Trim().Split(' ')[0], UriKind.RelativeOrAbsolute, out var uri))
        {
            return true;
        }

        if (!uri.IsAbsoluteUri)
        {
            return url.TrimStart().StartsWith("//", StringComparison.Ordinal); // protocol-relative: another host
        }

        return !string.Equals(uri.Host, _siteHost, StringComparison.OrdinalIgnoreCase) && !_imageHosts.Contains(uri.Host);
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
