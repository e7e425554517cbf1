using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Records;

/// <summary>
/// One record as the Inputs pipeline compiled it, once, and as every later stage reads it: the
/// front matter model, the credited quotations (block, inline and transcript turns, with their
/// lines in the body), the lead paragraph, and the rendered body (kept in memory, or spilled to a
/// file for large archives). Immutable.
/// </summary>
/// <param name="Announcement">The resolved front matter and where the body is.</param>
/// <param name="Quotations">The quotations with their speakers, in reading order.</param>
/// <param name="Lead">The first paragraph's text (feeds fall back to it for a summary), or null for an empty body.</param>
/// <param name="Body">The rendered body: HTML and paragraphs.</param>
public sealed record CompiledRecord(Announcement Announcement, IReadOnlyList<Quotation> Quotations, string? Lead, StoredBody Body)
{
    /// <summary>The rendered body, read back from where it is kept (never rendered again).</summary>
    public RenderedMarkdown Rendered() => Body.Read();
}

/// <summary>A rendered body, held in memory or in a spill file of its <see cref="BodyStore"/>.</summary>
public abstract class StoredBody
{
    /// <summary>The body's HTML and paragraphs (the quotations are on the <see cref="CompiledRecord"/>).</summary>
    public abstract RenderedMarkdown Read();
}
