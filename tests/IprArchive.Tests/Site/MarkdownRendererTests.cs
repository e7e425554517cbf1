using AngleSharp.Html.Parser;
using IprArchive.Markdown;

namespace IprArchive.Tests.Site;

public sealed class MarkdownRendererTests
{
    private static readonly HtmlParser Parser = new();
    private readonly MarkdownRenderer _renderer = new("archive.example.org", "/");

    private AngleSharp.Html.Dom.IHtmlDocument Render(string markdown, MarkdownRenderer? renderer = null) =>
        Parser.ParseDocument((renderer ?? _renderer).Render(markdown).Html);

    [Fact]
    public void Paragraphs_and_tight_list_items_are_numbered_in_reading_order()
    {
        var doc = Render("First.\n\n- one\n- two\n\nLast.");

        var ids = doc.QuerySelectorAll("[id^='p-']").Select(e => (e.LocalName, e.Id)).ToList();
        Assert.Equal([("p", "p-1"), ("li", "p-2"), ("li", "p-3"), ("p", "p-4")], ids);
    }

    [Fact]
    public void Quotations_and_paragraphs_have_only_their_ids()
    {
        var doc = Render("Hello world.\n\n> A quotation.");

        // The ¶ controls are added by site.js (80 bytes a passage otherwise); without script the
        // record's statements list links each quotation.
        Assert.Equal("Hello world.", doc.QuerySelector("p#p-1")!.TextContent);
        Assert.Null(doc.QuerySelector("#p-1 a"));
        Assert.NotNull(doc.QuerySelector("blockquote#q-1"));
        Assert.Null(doc.QuerySelector("blockquote#q-1 a"));
    }

    [Fact]
    public void Paragraphs_inside_quotations_do_not_take_paragraph_numbers()
    {
        var rendered = _renderer.Render("Before.\n\n> Quoted one.\n>\n> Quoted two.\n\nAfter.");

        Assert.Equal(["p-1", "p-2"], rendered.Paragraphs.Select(p => p.Anchor));
        Assert.Equal("After.", rendered.Paragraphs[1].Text);
        var quotation = Assert.Single(rendered.Quotations);
        Assert.Equal("q-1", quotation.Anchor);
        Assert.Equal("Quoted one. Quoted two.", quotation.Text);
    }

    [Theory]
    [InlineData("> We will build a strong IP system.\n>\n> — Shen Changyu, Commissioner")]
    [InlineData("> We will build a strong IP system.\n> -- Shen Changyu (CNIPA)")]
    [InlineData("Intro.\n\n> We will build a strong IP system.\n> ― Shen Changyu")]
    public void A_closing_dash_line_names_who_said_a_quotation(string markdown)
    {
        var quotation = Assert.Single(_renderer.Render(markdown).Quotations);

        Assert.Equal("We will build a strong IP system.", quotation.Text);
        Assert.Equal("Shen Changyu", quotation.Attribution);
        Assert.Equal(markdown.StartsWith("Intro", StringComparison.Ordinal) ? 3 : 1, quotation.Line);
    }

    [Fact]
    public void A_quotation_without_a_dash_line_has_no_attribution()
    {
        var quotation = Assert.Single(_renderer.Render("> Just words -- with a dash inside.").Quotations);

        Assert.Null(quotation.Attribution);
    }

    [Fact]
    public void Passage_text_is_plain_text_without_the_control()
    {
        var rendered = _renderer.Render("Some *emphasis* and a [link](https://example.com/).");

        Assert.Equal("Some emphasis and a link.", Assert.Single(rendered.Paragraphs).Text);
    }

    [Fact]
    public void Anchors_are_stable_when_rendered_twice()
    {
        const string body = "A.\n\nB.\n\n> C.\n\nD.";

        Assert.Equal(_renderer.Render(body).Html, _renderer.Render(body).Html);
    }

    [Fact]
    public void Raw_script_and_event_handlers_are_removed()
    {
        var doc = Render("Text <script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(1)\">\n\n<div onclick=\"x()\">hi</div>");

        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.All(doc.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.NotNull(doc.QuerySelector("img[src='x.png']"));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">click</a>")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Unsafe_link_schemes_are_neutralised(string markdown)
    {
        var doc = Render(markdown);

        Assert.All(doc.QuerySelectorAll("a[href]"), a =>
            Assert.DoesNotMatch("^(javascript|data|vbscript):", a.GetAttribute("href")!.Trim().ToLowerInvariant()));
        Assert.Contains("click", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Iframes_forms_and_styles_are_removed()
    {
        var doc = Render("<iframe src=\"https://evil.example/\"></iframe><form><input name=x></form><p style=\"position:fixed\">x</p>");

        Assert.Empty(doc.QuerySelectorAll("iframe, form, input, [style]"));
    }

    [Fact]
    public void External_links_get_noopener_and_internal_ones_do_not()
    {
        var doc = Render("[out](https://www.wipo.int/) [home](https://archive.example.org/topics/) [rel](/topics/x/)");

        var links = doc.QuerySelectorAll("a:not(.anchor-link)").ToList();
        Assert.Contains("noopener", links[0].GetAttribute("rel")!.Split(' '));
        Assert.Null(links[1].GetAttribute("rel"));
        Assert.Null(links[2].GetAttribute("rel"));
    }

    [Fact]
    public void Site_relative_links_get_the_base_path()
    {
        var renderer = new MarkdownRenderer("archive.example.org", "/repo/");

        var doc = Render("[year](/announcements/2021/) ![chart](/assets/chart.png) [anchor](#p-1) [out](https://x.example/)", renderer);

        Assert.NotNull(doc.QuerySelector("a[href='/repo/announcements/2021/']"));
        Assert.NotNull(doc.QuerySelector("img[src='/repo/assets/chart.png']"));
        Assert.NotNull(doc.QuerySelector("a[href='#p-1']"));
        Assert.NotNull(doc.QuerySelector("a[href='https://x.example/']"));
    }

    [Fact]
    public void An_editor_id_that_looks_like_an_anchor_cannot_steal_it()
    {
        var doc = Render("<div id=\"p-1\">trap</div>\n\nReal paragraph.");

        var target = doc.GetElementById("p-1")!;
        Assert.Equal("p", target.LocalName);
        Assert.StartsWith("Real paragraph.", target.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_editor_id_cannot_clash_with_the_themes_site_ids()
    {
        var doc = Render("<span id=\"site-main\">x</span>");

        Assert.Null(doc.GetElementById("site-main"));
    }

    [Fact]
    public void Tables_footnotes_and_heading_ids_are_rendered()
    {
        var doc = Render("## Key figures\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nClaim.[^1]\n\n[^1]: Source.");

        Assert.Equal("key-figures", doc.QuerySelector("h2")!.Id);
        Assert.Equal("2", doc.QuerySelector("table td:last-child")!.TextContent);
        Assert.NotNull(doc.QuerySelector(".footnotes li"));
        Assert.NotNull(doc.QuerySelector("a.footnote-ref[href='#fn:1']"));
    }
}

public sealed class SafeHttpUrlTests
{
    [Theory]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("/relative/", null)]
    [InlineData("https://www.wipo.int/x", "https://www.wipo.int/x")]
    [InlineData("http://example.org/a b", "http://example.org/a%20b")]
    public void Only_absolute_http_urls_are_published(string url, string? expected)
    {
        Assert.Equal(expected, IprArchive.Pipelines.Site.AnnouncementViews.SafeHttpUrl(url));
    }
}
