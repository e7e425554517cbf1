using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IprArchive.Markdown.Transcripts;

/// <summary>
/// Labels without a colon: some sites publish a transcript as a question, then the answering
/// official's name alone on its line, then the answer (china.org.cn: "…? / Shen Changyu /
/// Thanks for the question…"). A paragraph that is only a person's full name (two words or more)
/// opens a turn when the paragraph before it asks a question and a paragraph follows it.
/// </summary>
public static partial class TranscriptTurns
{
    private static Dictionary<ParagraphBlock, Found> NameLines(MarkdownDocument document)
    {
        var found = new Dictionary<ParagraphBlock, Found>();
        for (var i = 1; i + 1 < document.Count; i++)
        {
            if (document[i] is ParagraphBlock { Inline: { } inlines } line && document[i - 1] is ParagraphBlock { Inline: { } asked }
                && document[i + 1] is ParagraphBlock && AsksQuestion(asked) && NameAlone(inlines) is { } label)
            {
                found[line] = new Found(label, false, inlines.Count(), 0);
            }
        }

        return found;
    }

    private static bool AsksQuestion(ContainerInline paragraph) => PlainText(paragraph).TrimEnd().EndsWith('?');

    private static TurnLabel? NameAlone(ContainerInline line)
    {
        if (line.Any(i => i is not LiteralInline))
        {
            return null;
        }

        var text = PlainText(line).Trim();
        return text.Length > 0 && char.IsLetter(text[^1]) && TurnLabels.Classify(text) is { Role: TurnRole.Named, Name: { } name } label
            && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
            ? label
            : null;
    }
}
