using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IprArchive.Search.Analysis;

/// <summary>One token as the analyzer emits it: the term, its 0-based position (stop-word gaps
/// counted) and its UTF-16 offsets into the original text.</summary>
public sealed record AnalyzedToken(string Term, int Position, int Start, int End)
{
    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and lists its tokens.</summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(Analyzer analyzer, string text, string field = "body")
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
