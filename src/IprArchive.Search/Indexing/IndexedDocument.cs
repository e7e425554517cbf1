using Lucene.Net.Index;

namespace IprArchive.Search.Indexing;

/// <summary>What the index stores about one document: result data and facet values, by doc id.</summary>
public sealed record IndexedDocument(
    int DocId,
    string Url,
    string Title,
    string Date,
    string Language,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> Topics,
    string? Plan,
    IReadOnlyList<string> Paragraphs)
{
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
        _ => [],
    };

    /// <summary>The facets every result carries, in display order.</summary>
    public static readonly IReadOnlyList<string> Facets = ["speaker", "organization", "year", "plan", "topic", "language"];

    /// <summary>Loads every document's stored fields, indexed by doc id.</summary>
    public static IReadOnlyList<IndexedDocument> LoadAll(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var all = new IndexedDocument[reader.MaxDoc];
        for (var id = 0; id < reader.MaxDoc; id++)
        {
            var doc = reader.Document(id);
            all[id] = new IndexedDocument(
                id,
                doc.Get(SearchFields.Url),
                doc.Get("title"),
                doc.Get(SearchFields.Date),
                doc.Get("lang"),
                doc.GetValues("speaker"),
                doc.GetValues("org"),
                doc.GetValues("topic"),
                doc.Get("plan"),
                doc.GetValues(SearchIndexBuilder.Paragraph));
        }
        return all;
    }
}
