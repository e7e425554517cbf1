using IprArchive.Search.Analysis;
using IprArchive.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace IprArchive.Search.Querying;

/// <summary>
/// Answers queries from the Lucene index the builder wrote: parse, score every match with BM25,
/// filter by facet values and dates (scores untouched), count facets, sort, page, snippet.
/// This is the reference the browser engine is tested against.
/// </summary>
public sealed class SearchService : IDisposable
{
    private readonly LuceneDirectory? _ownedDirectory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _queryAnalyzer;
    private readonly SearchSchema _schema;
    private readonly ArchiveAnalyzer _snippetAnalyzer = new();
    private readonly IReadOnlyList<IndexedDocument> _documents;
    private readonly NameAliasTable _aliases;

    /// <summary>Opens the index in a folder written by <see cref="SearchIndexBuilder"/>.</summary>
    public static SearchService Open(string indexDirectory) => new(FSDirectory.Open(indexDirectory), owned: true);

    /// <summary>Opens an index in any Lucene directory (the caller keeps ownership).</summary>
    public SearchService(LuceneDirectory directory) : this(directory, owned: false) { }

    private SearchService(LuceneDirectory directory, bool owned)
    {
        _ownedDirectory = owned ? directory : null;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _schema = SearchIndexBuilder.SchemaOf(_reader);
        _queryAnalyzer = ArchiveQueryParser.CreateAnalyzer(_schema);
        _documents = IndexedDocument.LoadAll(_reader);
        _aliases = SearchIndexBuilder.NameAliasesOf(_reader);
    }

    /// <summary>The fields and facets the index was built with.</summary>
    public SearchSchema Schema => _schema;

    /// <summary>Number of documents in the index.</summary>
    public int DocumentCount => _documents.Count;

    /// <summary>Runs one search. Malformed queries give an empty result with <see cref="SearchResult.Error"/>.</summary>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Query query;
        string? understood;
        try
        {
            (query, understood) = ArchiveQueryParser.Parse(request.Query, _queryAnalyzer, _schema);
        }
        catch (ParseException)
        {
            return Empty() with { Error = MalformedMessage };
        }
        catch (UnsupportedQueryException e)
        {
            return Empty() with { Error = e.Message };
        }
        var collector = new AllHitsCollector();
        try
        {
            _searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return Empty() with { Error = ArchiveQueryParser.TooManyClauses };
        }

        var matching = collector.Hits.Where(h => Accepts(_documents[h.Doc], request)).ToList();
        var types = DocumentScope.Types(request.Filters, query);
        var hits = types is null ? matching : matching.Where(h => types.Contains(_documents[h.Doc].Type)).ToList();
        Sort(hits, request.Sort);
        var terms = QueryTerms.From(query);
        var page = hits.Skip((Math.Max(1, request.Page) - 1) * request.PageSize).Take(request.PageSize)
            .Select(h => ToHit(_documents[h.Doc], h.Score, terms)).ToList();
        return new SearchResult(hits.Count, page, Facets(hits))
        {
            Timeline = Timeline.Count(_documents, hits.Select(h => h.Doc)),
            Quotations = matching.Count(h => _documents[h.Doc].IsQuote),
            Understood = understood,
            Aliases = hits.Count == 0 ? null : AliasNotes.Find(query, _aliases) is { Count: > 0 } notes ? notes : null,
        };
    }

    /// <summary>Relevance: score descending, then doc id (date order) ascending, exactly as TopDocs ranks.</summary>
    private static void Sort(List<(int Doc, float Score)> hits, SearchSort sort) =>
        hits.Sort((a, b) => sort == SearchSort.Date
            ? b.Doc.CompareTo(a.Doc)
            : b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));

    private static bool Accepts(IndexedDocument doc, SearchRequest request)
    {
        if (request.From is { } from && string.CompareOrdinal(doc.Date, SearchIndexBuilder.IsoDate(from)) < 0) return false;
        if (request.To is { } to && string.CompareOrdinal(doc.Date, SearchIndexBuilder.IsoDate(to)) > 0) return false;
        // The type is not a facet: DocumentScope decides it, after the quotations are counted.
        return request.Filters.All(f => f.Value.Count == 0 || f.Key == DocumentTypes.Field || doc.FacetValues(f.Key).Any(f.Value.Contains));
    }

    /// <summary>Value → count per facet over all hits, most frequent first (ties by value).</summary>
    private Dictionary<string, IReadOnlyDictionary<string, int>> Facets(List<(int Doc, float Score)> hits) =>
        _schema.Counted.Select(f => f.Key).ToDictionary(facet => facet, IReadOnlyDictionary<string, int> (facet) => hits
            .SelectMany(h => _documents[h.Doc].FacetValues(facet).Distinct())
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));

    private SearchHit ToHit(IndexedDocument doc, float score, QueryTerms terms)
    {
        var passages = StoredPassages.Of(_reader, doc.DocId);
        var (snippet, anchor) = Snippets.Make(passages, doc.IsQuote, terms, _snippetAnalyzer);
        return new SearchHit(doc.Url, doc.Title, doc.Date, doc.Speakers, score, snippet, anchor)
        {
            Type = doc.Type,
            Credit = doc.IsQuote ? passages.Credit : null,
            Event = doc.IsQuote ? passages.Event : null,
        };
    }

    private SearchResult Empty() => new(0, [], _schema.Counted.ToDictionary(
        f => f.Key, IReadOnlyDictionary<string, int> (_) => new Dictionary<string, int>()));

    private const string MalformedMessage =
        "This search could not be understood: check that AND, OR and NOT stand between words "
        + "and that field names end with a colon and a word (speaker:gan).";

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _queryAnalyzer.Dispose();
        _snippetAnalyzer.Dispose();
        _ownedDirectory?.Dispose();
    }
}
