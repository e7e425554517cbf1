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
        var schema = reader is DirectoryReader directory ? SearchIndexBuilder.SchemaOf(directory) : SearchSchema.Default;
        var all = new IndexedDocument[reader.MaxDoc];
        var fields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Url, "title", SearchFields.Date, DocumentTypes.Field };
        fields.UnionWith(schema.Facets.Select(f => f.Field));
        for (var id = 0; id < reader.MaxDoc; id++)
        {
            var doc = reader.Document(id, fields);
            var values = schema.Facets.Select(f => f.Source == FacetSource.Record ? doc.GetValues(f.Field) : []).ToArray();
            all[id] = new IndexedDocument(id, doc.Get(SearchFields.Url), doc.Get("title"), doc.Get(SearchFields.Date), schema, values)
            {
                Type = doc.Get(DocumentTypes.Field) ?? DocumentTypes.Announcement,
            };
        }
        return all;
    }

    /// <summary>The stored paragraphs of one document (thread-safe: Lucene readers clone their stored-fields reader per thread).</summary>
    public static IReadOnlyList<string> ParagraphsOf(IndexReader reader, int docId)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Document(docId, ParagraphField).GetValues(SearchIndexBuilder.Paragraph);
    }

    private static readonly HashSet<string> ParagraphField = new(StringComparer.Ordinal) { SearchIndexBuilder.Paragraph };
}
