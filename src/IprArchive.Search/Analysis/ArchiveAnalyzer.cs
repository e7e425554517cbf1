using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace IprArchive.Search.Analysis;

/// <summary>
/// The one analyzer behind every analyzed field. The browser engine (src/search-client/analysis.js)
/// reproduces this chain token for token, so change both or neither:
/// StandardTokenizer → CJKBigramFilter → EnglishPossessiveFilter → LowerCaseFilter →
/// ASCIIFoldingFilter → StopFilter (English set) → PorterStemFilter.
/// </summary>
public sealed class ArchiveAnalyzer : Analyzer
{
    /// <summary>The Lucene compatibility version used everywhere in the index.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Longest token the tokenizer emits whole (longer runs are split).</summary>
    public const int MaxTokenLength = 255;

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = MaxTokenLength };
        TokenStream stream = new CJKBigramFilter(tokenizer);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        // Folding lets "Antonio" find "António"; the original is not kept, so each word is one token.
        stream = new ASCIIFoldingFilter(stream, preserveOriginal: false);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
