using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IprArchive.Markdown;

namespace IprArchive.Tests.Statements;

/// <summary>How the renderer marks up direct speech in paragraphs, parsed as a browser would.</summary>
public sealed class InlineQuotationMarkupTests
{
    private readonly MarkdownRenderer _renderer = new();

    private (IDocument Html, RenderedMarkdown Rendered) Render(string markdown)
    {
        var rendered = _renderer.Render(markdown);
        return (new HtmlParser().ParseDocument("<body>" + rendered.Html + "</body>"), rendered);
    }

    [Fact]
    public void Inline_and_block_quotations_share_one_sequence_in_reading_order()
    {
        var (html, rendered) = Render("\"We will open up further to the world,\" said Gan.\n\n> A whole block of words.\n\nLater he said: \"Cooperation is the way forward for all of us.\"");

        Assert.Equal(["q-1", "q-2", "q-3"], html.QuerySelectorAll("[id^='q-']").Select(e => e.Id));
        Assert.Equal(["q", "blockquote", "q"], html.QuerySelectorAll("[id^='q-']").Select(e => e.LocalName));
        Assert.Equal([QuotationForm.Inline, QuotationForm.Block, QuotationForm.Inline], rendered.Quotations.Select(q => q.Form));
        // No cite attribute: the record's source is in its fact box and JSON-LD, once.
        Assert.All(html.QuerySelectorAll("[id^='q-']"), e => Assert.False(e.HasAttribute("cite")));
        Assert.Equal("We will open up further to the world,", rendered.Quotations[0].Text);
        Assert.Equal("said Gan.", rendered.Quotations[0].Context.After);
    }

    [Fact]
    public void The_quotation_marks_stay_as_text_and_the_paragraph_text_is_unchanged()
    {
        var (html, rendered) = Render("He said \"the office will keep its doors open\" to all.");

        var q = html.QuerySelector("q#q-1")!;
        Assert.Equal("\u201Cthe office will keep its doors open\u201D", q.TextContent);
        Assert.Equal("He said \u201Cthe office will keep its doors open\u201D to all.", rendered.Paragraphs[0].Text);
        // Its copy-link control is made by site.js; the HTML has only the id.
        Assert.Null(html.QuerySelector("a"));
    }

    [Theory]
    [InlineData("The \"Belt and Road\" initiative.")]
    [InlineData("A so-called \"powerhouse\" of IP.")]
    [InlineData("The report \"IP Trends\" came out.")]
    public void Titles_terms_and_scare_quotes_are_not_statements(string markdown)
    {
        var (html, rendered) = Render(markdown);

        Assert.Empty(rendered.Quotations);
        Assert.Null(html.QuerySelector("q"));
    }

    [Fact]
    public void Adding_a_paragraph_without_quotations_keeps_the_quotation_ids()
    {
        const string quote = "\"We will strengthen cooperation with every office,\" said Shen.";
        var before = _renderer.Render("Intro.\n\n" + quote);
        var after = _renderer.Render("Intro.\n\nA new paragraph about the \"Belt and Road\".\n\n" + quote);

        Assert.Equal(before.Quotations.Select(q => (q.Anchor, q.Text)), after.Quotations.Select(q => (q.Anchor, q.Text)));
    }

    [Fact]
    public void A_quotation_straddling_emphasis_gets_an_anchor_instead_of_a_q()
    {
        var (html, rendered) = Render("*\"We will open* up further to the world,\" said Gan.");

        Assert.Null(html.QuerySelector("q"));
        Assert.NotNull(html.QuerySelector("span#q-1.quote-anchor"));
        Assert.Equal("We will open up further to the world,", Assert.Single(rendered.Quotations).Text);
    }

    [Fact]
    public void Emphasis_inside_a_quotation_stays_inside_the_q()
    {
        var (html, _) = Render("\"We will *never* give up on open markets,\" said Tang.");

        Assert.Equal("never", html.QuerySelector("q#q-1 em")!.TextContent);
    }

    [Fact]
    public void Chinese_corner_brackets_are_quotations()
    {
        var (html, rendered) = Render("申长雨表示：「保护知识产权就是保护创新」。");

        Assert.Equal("「保护知识产权就是保护创新」", html.QuerySelector("q#q-1")!.TextContent);
        Assert.Equal("保护知识产权就是保护创新", Assert.Single(rendered.Quotations).Text);
    }

    [Fact]
    public void Each_quotation_knows_its_line_and_column_in_the_body()
    {
        var rendered = _renderer.Render("First line.\n\nThen Gan said:\n\"We will open up further to the world,\" and left.\n\n> Block words here.");

        Assert.Equal((4, 1), (rendered.Quotations[0].Line, rendered.Quotations[0].Column));
        Assert.Equal((6, 1), (rendered.Quotations[1].Line, rendered.Quotations[1].Column));
    }
}
