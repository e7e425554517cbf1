using IprArchive.Facets;
using Lucene.Net.Index;

namespace IprArchive.Search.Indexing;

/// <summary>
/// What the index stores about one document for results and facets, by doc id; its paragraphs,
/// the bulk of the stored text, are read one document at a time (<see cref="ParagraphsOf"/>).
/// </summary>
/// <param name="DocId">Lucene doc id (date order).</param>
/// <param name="Url">Site-relative URL, with <c>#q-N</c> for a quotation.</param>
/// <param name="Title">Title as shown in results.</param>
/// <param name="Date">ISO date.</param>
/// <param name="Schema">The index's facets, which <see cref="RecordValues"/> follows.</param>
/// <param name="RecordValues">Stored values of each facet of <paramref name="Schema"/> in its order (empty for the year and type, which are derived).</param>
public sealed record IndexedDocument(
    int DocId,
    string Url,
    string Title,
    string Date,
    SearchSchema Schema,
    IReadOnlyList<IReadOnlyList<string>> RecordValues)
{
    /// <summary><see cref="DocumentTypes.Announcement"/> or <see cref="DocumentTypes.Quote"/> (a quotation's sub-document).</summary>
    public string Type { get; init; } = DocumentTypes.Announcement;

    /// <summary>Whether this is a quotation's sub-document.</summary>
    public bool IsQuote => Type == DocumentTypes.Quote;

    /// <summary>Four-digit year of <see cref="Date"/>.</summary>
    public string Year => Date[..4];

    /// <summary>Display names of the speakers (a quotation's: its own speaker).</summary>
    public IReadOnlyList<string> Speakers => FacetValues(FacetCatalogue.Speaker.Key);

    /// <summary>Values of one facet of the schema (none for a facet the index does not have).</summary>
    public IReadOnlyList<string> FacetValues(string facet)
    {
        for (var i = 0; i < Schema.Facets.Count; i++)
        {
            if (Schema.Facets[i].Key != facet) continue;
            return Schema.Facets[i].Source switch
            {
                FacetSource.Year => [Year],
                FacetSource.DocumentType => [Type],
                _ => RecordValues[i],
            };
        }
        return [];
    }

    /// <summary>Loads every document's stored fields, indexed by doc id, with the facets the index was built with.</summary>
    public static IReadOnlyList<IndexedDocument> LoadAll(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return [.. Stored(reader)];
    }

    /// <summary>
    /// Every document as the columns need it: without its title (empty), and with each date, type
    /// and facet value held once however many documents share it. At 100,000 records (337,456
    /// documents) the full documents were the search export's largest table.
    /// </summary>
    internal static IReadOnlyList<IndexedDocument> LoadColumns(IndexReader reader)
    {
        var schema = SchemaOf(reader);
        var fields = FieldsOf(schema, withTitle: false);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = new IndexedDocument[reader.MaxDoc];
        for (var id = 0; id < reader.MaxDoc; id++) all[id] = Load(reader, id, schema, fields, pool);
        return all;
    }

    /// <summary>The documents of <paramref name="reader"/>, each read from its stored fields when asked for (thread-safe).</summary>
    internal static IReadOnlyList<IndexedDocument> Stored(IndexReader reader)
    {
        var schema = SchemaOf(reader);
        var fields = FieldsOf(schema, withTitle: true);
        return new LazyDocuments(reader.MaxDoc, id => Load(reader, id, schema, fields, pool: null));
    }

    private static SearchSchema SchemaOf(IndexReader reader) =>
        reader is DirectoryReader directory ? SearchIndexBuilder.SchemaOf(directory) : SearchSchema.Default;

    private static HashSet<string> FieldsOf(SearchSchema schema, bool withTitle)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Url, SearchFields.Date, DocumentTypes.Field };
        if (withTitle) fields.Add("title");
        fields.UnionWith(schema.Facets.Select(f => f.Field));
        return fields;
    }

    private static IndexedDocument Load(IndexReader reader, int id, SearchSchema schema, HashSet<string> fields, Dictionary<string, string>? pool)
    {
        var doc = reader.Document(id, fields);
        string Held(string value) => pool is null ? value : pool.TryGetValue(value, out var held) ? held : pool[value] = value;
        var values = schema.Facets.Select(f => f.Source == FacetSource.Record ? Array.ConvertAll(doc.GetValues(f.Field), Held) : []).ToArray();
        return new IndexedDocument(id, doc.Get(SearchFields.Url), doc.Get("title") ?? "", Held(doc.Get(SearchFields.Date)), schema, values)
        {
            Type = Held(doc.Get(DocumentTypes.Field) ?? DocumentTypes.Announcement),
        };
    }

    /// <summary>A read-only list whose items are made on each access, never kept.</summary>
    private sealed class LazyDocuments(int count, Func<int, IndexedDocument> load) : IReadOnlyList<IndexedDocument>
    {
        public int Count => count;

        public IndexedDocument this[int index] => (uint)index < (uint)count ? load(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<IndexedDocument> GetEnumerator()
        {
            for (var id = 0; id < count; id++) yield return load(id);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The stored paragraphs of one document (thread-safe: Lucene readers clone their stored-fields reader per thread).</summary>
    public static IReadOnlyList<string> ParagraphsOf(IndexReader reader, int docId)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Document(docId, ParagraphField).GetValues(SearchIndexBuilder.Paragraph);
    }

    private static readonly HashSet<string> ParagraphField = new(StringComparer.Ordinal) { SearchIndexBuilder.Paragraph };
}
