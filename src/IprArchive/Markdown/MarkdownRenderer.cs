using Markdig;
using IprArchive.Markdown.Transcripts;
using Markdig.Extensions.AutoIdentifiers;

namespace IprArchive.Markdown;

/// <summary>
/// Turns an editor's Markdown into safe HTML with stable anchors. Thread-safe: one instance
/// renders every record of a build in parallel.
/// </summary>
/// <remarks>
/// Extensions, chosen for a press archive:
/// pipe tables (figures in reports); GitHub-style heading ids (linkable sections, stable across
/// rebuilds); footnotes (sources); smart punctuation (typographic quotes and dashes, which Markdig
/// never applies inside code); CJK-friendly emphasis (Chinese records put <c>**</c> next to
/// ideographs); strikethrough via emphasis extras; bare URLs become links. Left out on purpose:
/// generic attributes (lets editors set arbitrary attributes), math, diagrams, emoji shortcodes,
/// and soft line breaks as hard breaks (would change how records written for CommonMark look).
/// </remarks>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSafety _safety;

    /// <summary>
    /// Creates a renderer. Links to <paramref name="siteHost"/> count as internal; site-relative
    /// links (<c>/topics/x/</c>) get <paramref name="basePath"/> in front.
    /// </summary>
    /// <param name="siteHost">The site's host.</param>
    /// <param name="basePath">The site's base path.</param>
    /// <param name="imageHosts">Other hosts whose images a body may show (settings.yml <c>image_hosts</c>).</param>
    public MarkdownRenderer(string? siteHost = null, string basePath = "/", IEnumerable<string>? imageHosts = null)
    {
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseSmartyPants()
            .UseCjkFriendlyEmphasis()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks()
            .UseTranscripts()
            .Build();
        _safety = new HtmlSafety(siteHost, basePath, imageHosts);
    }

    /// <summary>
    /// Renders <paramref name="markdown"/> to sanitised HTML with paragraph and quotation anchors (ids only).
    /// </summary>
    public RenderedMarkdown Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        RenderTally.Count();
        Markdig.Syntax.MarkdownDocument document;
        string rawHtml;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
            HeadingIds.Assign(document);
            rawHtml = document.ToHtml(_pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new MarkdownTooDeepException(ex);
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new MarkdownTooDeepException(ex);
        }

        var rendered = _safety.Finish(rawHtml);
        return rendered with { Quotations = QuotationPositions.Locate(rendered.Quotations, document, markdown) };
    }
}

/// <summary>A body nested deeper than Markdig parses (130 levels of '>', thousands of '- '): a problem of the record, not a crash.</summary>
public sealed class MarkdownTooDeepException(Exception inner)
    : Exception("the text is nested too deeply to render (quote markers '>', list markers or emphasis repeated more than 100 levels deep)", inner);

/// <summary>The HTML of a body and the text of its anchored passages, in reading order.</summary>
/// <param name="Html">Sanitised HTML, ready to insert unescaped into a page.</param>
/// <param name="Paragraphs">Each paragraph's anchor (<c>p-1</c>…) and plain text.</param>
/// <param name="Quotations">Each quotation (block, or in quotation marks inside a paragraph), in reading order.</param>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Passage> Paragraphs, IReadOnlyList<QuotedPassage> Quotations)
{
    /// <summary>The body as plain text, paragraphs separated by blank lines.</summary>
    public string PlainText => string.Join("\n\n", Paragraphs.Select(p => p.Text));
}

/// <summary>A passage of a body that a reader can link to with <c>#Anchor</c>.</summary>
/// <param name="Anchor">The element id, without <c>#</c>.</param>
/// <param name="Text">Its text with markup removed and whitespace collapsed.</param>
public sealed record Passage(string Anchor, string Text);
