using Lucene.Net.Index;

namespace IprArchive.Search.Indexing;

/// <summary>
/// What the index stores about one document for results and facets, by doc id; its paragraphs,
/// the bulk of the stored text, are read one document at a time (<see cref="ParagraphsOf"/>).
/// </summary>
public sealed record IndexedDocument(
    int DocId,
    string Url,
    string Title,
    string Date,
    string Language,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> Topics,
    string? Plan)
{
    /// <summary><see cref="DocumentTypes.Announcement"/> or <see cref="DocumentTypes.Quote"/> (a quotation's sub-document).</summary>
    public string Type { get; init; } = DocumentTypes.Announcement;

    /// <summary>Whether this is a quotation's sub-document.</summary>
    public bool IsQuote => Type == DocumentTypes.Quote;

    /// <summary>Four-digit year of <see cref="Date"/>.</summary>
    public string Year => Date[..4];

    /// <summary>Values of one facet (speaker, organization, year, plan, topic, language).</summary>
    public IReadOnlyList<string> FacetValues(string facet) => facet switch
    {
        "speaker" => Speakers,
        "organization" => Organizations,
        "topic" => Topics,
        "plan" => Plan is null ? [] : [Plan],
        "year" => [Year],
        "language" => [Language],
        DocumentTypes.Field => [Type],
        _ => [],
    };

    /// <summary>The facets every result carries, in display order.</summary>
    public static readonly IReadOnlyList<string> Facets = ["speaker", "organization", "year", "plan", "topic", "language"];

    /// <summary>Loads every document's stored fields, indexed by doc id.</summary>
    public static IReadOnlyList<IndexedDocument> LoadAll(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var all = new IndexedDocument[reader.MaxDoc];
        var fields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Url, "title", SearchFields.Date, "lang", "speaker", "org", "topic", "plan", DocumentTypes.Field };
        for (var id = 0; id < reader.MaxDoc; id++)
        {
            var doc = reader.Document(id, fields);
            all[id] = new IndexedDocument(
                id,
                doc.Get(SearchFields.Url),
                doc.Get("title"),
                doc.Get(SearchFields.Date),
                doc.Get("lang"),
                doc.GetValues("speaker"),
                doc.GetValues("org"),
                doc.GetValues("topic"),
                doc.Get("plan"))
            { Type = doc.Get(DocumentTypes.Field) ?? DocumentTypes.Announcement };
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
