using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace IprArchive.Search.Analysis;

/// <summary>Keyword fields (year, lang, type): the whole value, lowercased, is the one term.</summary>
public sealed class ExactValueAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(ArchiveAnalyzer.Version, tokenizer));
    }
}
