using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IprArchive.Search.Querying;

/// <summary>Collects every matching doc with its score: facets and filters need the whole result set.</summary>
internal sealed class AllHitsCollector : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    /// <summary>Matching (doc id, score) pairs in collection order.</summary>
    public List<(int Doc, float Score)> Hits { get; } = [];

    /// <summary>Out-of-order is fine (we sort afterwards) and lets Lucene pick the scorer it would for TopDocs.</summary>
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => Hits.Add((_docBase + doc, _scorer!.GetScore()));
}
