using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IprArchive.Markdown.Transcripts;

/// <summary>One turn of a transcript: the paragraphs from a <c>Name:</c> label up to the next label.</summary>
public sealed class TranscriptTurnBlock : ContainerBlock
{
    /// <summary>A turn for <paramref name="label"/>.</summary>
    public TranscriptTurnBlock(TurnLabel label)
        : base(null)
    {
        Label = label;
    }

    /// <summary>Who takes the turn, as its label says.</summary>
    public TurnLabel Label { get; }
}

/// <summary>The label that opens a turn ("Shen Changyu:"), rendered set off from the words.</summary>
public sealed class TurnSpeakerInline : LeafInline
{
    /// <summary>The label as written, without its colon.</summary>
    public required string Label { get; init; }
}

/// <summary>
/// The transcript extension: after parsing, groups speaker turns into <see cref="TranscriptTurnBlock"/>s
/// (see <see cref="TranscriptTurns"/>) and renders each as <c>&lt;div class="turn"&gt;</c> with
/// its label in <c>&lt;b class="turn-speaker"&gt;</c>; questions and the chair get their own class.
/// </summary>
internal sealed class TranscriptExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += TranscriptTurns.Group;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Add(new TurnBlockRenderer());
            html.ObjectRenderers.Add(new TurnSpeakerRenderer());
        }
    }

    /// <summary>The class of a turn's element: <c>turn</c> plus one naming its role.</summary>
    public static string ClassOf(TurnRole role) => role switch
    {
        TurnRole.Question => "turn turn-question",
        TurnRole.Chair => "turn turn-chair",
        TurnRole.Answer => "turn turn-answer",
        _ => "turn turn-named",
    };

    private sealed class TurnBlockRenderer : HtmlObjectRenderer<TranscriptTurnBlock>
    {
        protected override void Write(HtmlRenderer renderer, TranscriptTurnBlock obj)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"").Write(ClassOf(obj.Label.Role)).Write("\">").WriteLine();
            renderer.WriteChildren(obj);
            renderer.EnsureLine();
            renderer.Write("</div>").WriteLine();
        }
    }

    private sealed class TurnSpeakerRenderer : HtmlObjectRenderer<TurnSpeakerInline>
    {
        protected override void Write(HtmlRenderer renderer, TurnSpeakerInline obj)
        {
            renderer.Write("<b class=\"turn-speaker\">").WriteEscape(obj.Label).Write(":</b> ");
        }
    }
}

/// <summary>Adds the transcript extension to a pipeline.</summary>
internal static class TranscriptPipelineExtensions
{
    public static MarkdownPipelineBuilder UseTranscripts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TranscriptExtension>();
        return pipeline;
    }
}
