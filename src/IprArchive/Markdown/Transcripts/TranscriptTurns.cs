using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IprArchive.Markdown.Transcripts;

/// <summary>
/// Finds the speaker turns of a transcript on Markdig's syntax tree and groups each into a
/// <see cref="TranscriptTurnBlock"/>: a top-level paragraph that starts with a label
/// (<c>Shen Changyu:</c>, <c>Reporter (Xinhua):</c>, <c>**Ge Shu:**</c>, or such a label alone
/// on its line) opens a turn, which runs until the next label, a heading or a thematic break.
/// Plain labels count only when the body has two or more of them (one "Name:" paragraph is not a
/// transcript); a bold label is the editor saying so and counts alone.
/// </summary>
public static partial class TranscriptTurns
{
    /// <summary>Groups the turns of <paramref name="document"/> in place.</summary>
    public static void Group(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lineLabels = document.OfType<ParagraphBlock>().SelectMany(LineLabels).ToList();
        var nameLines = NameLines(document);
        if (lineLabels.Count < 2 && !lineLabels.Any(l => l.Explicit) && !OpensWithFullName(document) && nameLines.Count == 0)
        {
            return;
        }

        SplitAtLabelledLines(document);
        var labels = document.OfType<ParagraphBlock>()
            .Select(p => (Paragraph: p, Found: Leading(p) ?? (nameLines.TryGetValue(p, out var name) ? name : null)))
            .Where(c => c.Found is not null)
            .ToDictionary(c => c.Paragraph, c => c.Found!.Value);

        TranscriptTurnBlock? turn = null;
        for (var i = 0; i < document.Count; i++)
        {
            var block = document[i];
            if (block is ParagraphBlock paragraph && labels.TryGetValue(paragraph, out var found))
            {
                turn = Open(document, i, paragraph, found);
                continue;
            }

            if (turn is null || block is HeadingBlock or ThematicBreakBlock)
            {
                turn = null;
                continue;
            }

            document.RemoveAt(i--);
            turn.Add(block);
            turn.Span = new SourceSpan(turn.Span.Start, block.Span.End);
        }
    }

    // An excerpt of a transcript may keep a single turn ("Yao Jian: Good morning, everybody! …",
    // "Deputy Director King: Hi everyone, …"): a body that opens with a person's full name (two
    // words or more) or a title and a name, a colon and a passage of speech is one. A surname
    // alone ("King:") or a short line after the colon stays a paragraph.
    private static bool OpensWithFullName(MarkdownDocument document) =>
        document.Count > 0 && document[0] is ParagraphBlock first && Leading(first) is { Label: { Role: TurnRole.Named, Name: { } name } label }
            && (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 || label.Title is not null)
            && PlainText(first.Inline!).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= SingleTurnWords;

    private const int SingleTurnWords = 40;

    // Transcripts copied as published often have one turn a line, without blank lines between:
    // every line of a paragraph may open a turn.
    private static IEnumerable<Found> LineLabels(ParagraphBlock paragraph)
    {
        if (Leading(paragraph) is { } first)
        {
            yield return first;
        }

        foreach (var lineBreak in paragraph.Inline?.OfType<LineBreakInline>() ?? [])
        {
            if (lineBreak.NextSibling is { } next && Leading(next) is { } label)
            {
                yield return label;
            }
        }
    }

    /// <summary>Makes each line that opens with a label the start of a paragraph of its own.</summary>
    private static void SplitAtLabelledLines(MarkdownDocument document)
    {
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is not ParagraphBlock { Inline: { } inlines } paragraph)
            {
                continue;
            }

            var cut = inlines.OfType<LineBreakInline>().FirstOrDefault(b => b.NextSibling is { } next && Leading(next) is not null);
            if (cut is null)
            {
                continue;
            }

            var rest = new ParagraphBlock { Line = cut.NextSibling!.Line, Column = cut.NextSibling.Column, Inline = new ContainerInline() };
            rest.Span = new SourceSpan(cut.NextSibling.Span.Start, paragraph.Span.End);
            paragraph.Span = new SourceSpan(paragraph.Span.Start, Math.Max(paragraph.Span.Start, cut.Span.Start - 1));
            for (var inline = cut.NextSibling; inline is not null;)
            {
                var next = inline.NextSibling;
                inline.Remove();
                rest.Inline.AppendChild(inline);
                inline = next;
            }

            cut.Remove();
            document.Insert(i + 1, rest);
        }
    }

    private static TranscriptTurnBlock Open(MarkdownDocument document, int index, ParagraphBlock paragraph, Found found)
    {
        var turn = new TranscriptTurnBlock(found.Label) { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span };
        document.RemoveAt(index);
        document.Insert(index, turn);
        Cut(paragraph, found);
        var speaker = new TurnSpeakerInline { Label = found.Label.Text, Line = paragraph.Line, Column = paragraph.Column };
        if (IsEmpty(paragraph.Inline) && index + 1 < document.Count && document[index + 1] is ParagraphBlock next && Leading(next) is null)
        {
            // "Name:" alone on its line: the turn's words are the next paragraph.
            document.RemoveAt(index + 1);
            turn.Span = new SourceSpan(turn.Span.Start, next.Span.End);
            paragraph = next;
        }

        Prepend(paragraph, speaker);
        turn.Add(paragraph);
        return turn;
    }

    private readonly record struct Found(TurnLabel Label, bool Explicit, int Inlines, int Cut);

    /// <summary>The label a paragraph opens with: how many inlines it takes and how much of the next literal.</summary>
    private static Found? Leading(ParagraphBlock paragraph) => paragraph.Inline?.FirstChild is { } first ? Leading(first) : null;

    /// <summary>The label that starts at <paramref name="first"/>, the first inline of a paragraph or a line.</summary>
    private static Found? Leading(Inline first)
    {
        if (first is EmphasisInline { DelimiterCount: >= 2 } strong)
        {
            return BoldLabel(strong);
        }

        var text = new StringBuilder();
        var count = 0;
        for (var inline = first; inline is LiteralInline or SmartyPant; inline = inline.NextSibling)
        {
            var piece = inline is LiteralInline literal ? literal.Content.ToString() : Typographic((SmartyPant)inline);
            var colon = ColonIn(piece, text.Length);
            if (colon >= 0 && inline is LiteralInline && EndsLabel(piece, colon, inline.NextSibling))
            {
                var label = TurnLabels.Classify(text.Append(piece[..colon]).ToString());
                return label is null ? null : new Found(label, false, count, colon + 1);
            }

            text.Append(piece);
            count++;
            if (text.Length > 100)
            {
                return null;
            }
        }

        return null;
    }

    private static int ColonIn(string piece, int before) => before > 100 ? -1 : piece.IndexOfAny([':', '：']);

    // The colon ends a label when words or a line break follow it, not "10:30" or "http://".
    private static bool EndsLabel(string piece, int colon, Inline? next) =>
        colon + 1 < piece.Length ? char.IsWhiteSpace(piece[colon + 1]) : next is null or LineBreakInline;

    // **Ge Shu:** or **Ge Shu**: at the start of a paragraph.
    private static Found? BoldLabel(EmphasisInline strong)
    {
        var text = PlainText(strong).Trim();
        if (text.EndsWith(':') || text.EndsWith('：'))
        {
            return TurnLabels.Classify(text[..^1]) is { } label ? new Found(label, true, 1, 0) : null;
        }

        if (strong.NextSibling is LiteralInline literal && literal.Content.ToString() is [':' or '：', ..] rest
            && (rest.Length == 1 || char.IsWhiteSpace(rest[1]) || literal.NextSibling is null or LineBreakInline))
        {
            return TurnLabels.Classify(text) is { } label ? new Found(label, true, 1, 1) : null;
        }

        return null;
    }

    /// <summary>Removes the label (and a line break right after it) from the paragraph's inlines.</summary>
    private static void Cut(ParagraphBlock paragraph, Found found)
    {
        var container = paragraph.Inline!;
        for (var i = 0; i < found.Inlines; i++)
        {
            container.FirstChild!.Remove();
        }

        if (found.Cut > 0 && container.FirstChild is LiteralInline literal)
        {
            var rest = literal.Content.ToString()[found.Cut..].TrimStart();
            if (rest.Length == 0)
            {
                literal.Remove();
            }
            else
            {
                literal.Content = new StringSlice(rest);
            }
        }

        if (container.FirstChild is LineBreakInline lineBreak)
        {
            lineBreak.Remove();
        }

        if (container.FirstChild is LiteralInline leading && leading.Content.ToString() is var words && words != words.TrimStart())
        {
            leading.Content = new StringSlice(words.TrimStart());
        }
    }

    private static void Prepend(ParagraphBlock paragraph, Inline speaker)
    {
        var container = paragraph.Inline ??= new ContainerInline();
        if (container.FirstChild is { } first)
        {
            first.InsertBefore(speaker);
        }
        else
        {
            container.AppendChild(speaker);
        }
    }

    private static bool IsEmpty(ContainerInline? inline) =>
        inline?.FirstChild is null || inline.All(i => i is LineBreakInline || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace()));

    private static string PlainText(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        SmartyPant pant => Typographic(pant),
        ContainerInline container => string.Concat(container.Select(PlainText)),
        _ => "",
    };

    private static string Typographic(SmartyPant pant) => pant.Type switch
    {
        SmartyPantType.Quote or SmartyPantType.RightQuote => "’",
        SmartyPantType.LeftQuote => "‘",
        SmartyPantType.LeftDoubleQuote => "“",
        SmartyPantType.RightDoubleQuote or SmartyPantType.DoubleQuote => "”",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        SmartyPantType.Ellipsis => "…",
        _ => "",
    };
}
