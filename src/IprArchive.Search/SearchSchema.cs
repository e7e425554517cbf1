using System.Text.Json;
using System.Text.Json.Serialization;
using IprArchive.Facets;

namespace IprArchive.Search;

/// <summary>
/// A facet as the search index keeps it: the part of its declaration (<see cref="Facet"/>) that
/// searching, counting and exporting need, without the code that reads records. Written into the
/// index's commit data by the builder, so that the command line, the service and the export read
/// the facets of the index they open, and the browser reads them from the manifest.
/// </summary>
/// <param name="Key">Name in filters and counts: <c>organization</c>.</param>
/// <param name="Field">Index field: <c>org</c>.</param>
/// <param name="Label">"Organisation".</param>
/// <param name="PluralLabel">"Organisations".</param>
/// <param name="FieldAliases">Other names a query may give the field.</param>
/// <param name="Source">Where the values come from.</param>
/// <param name="Indexing">Analysed text or one exact term.</param>
/// <param name="QuotationsInherit">Whether a quotation's document has its record's values.</param>
/// <param name="Counted">Whether results count its values.</param>
public sealed record IndexedFacet(
    string Key,
    string Field,
    string Label,
    string PluralLabel,
    IReadOnlyList<string> FieldAliases,
    FacetSource Source,
    FacetIndexing Indexing,
    bool QuotationsInherit,
    bool Counted)
{
    /// <summary>The search part of <paramref name="facet"/>.</summary>
    public static IndexedFacet Of(Facet facet)
    {
        ArgumentNullException.ThrowIfNull(facet);
        return new(facet.Key, facet.Field, facet.Label, facet.PluralLabel, facet.FieldAliases, facet.Source, facet.Indexing, facet.QuotationsInherit, facet.Counted);
    }

    /// <summary>Whether the export keeps its values per document as value ids (the year comes from doc order, the type from the type bits).</summary>
    public bool InColumns => Source == FacetSource.Record;

    /// <summary>Whether its values are stored as analysed text (display names), not one exact lowercase term.</summary>
    public bool IsText => Indexing == FacetIndexing.Text;
}

/// <summary>
/// The fields and facets of one index: the text fields every index has (title, summary, body,
/// event) and one field per facet, in the order the manifest lists them.
/// </summary>
public sealed class SearchSchema
{
    /// <summary>The commit-data key the builder keeps the facets under.</summary>
    internal const string CommitKey = "facets";

    /// <summary>The schema of <see cref="FacetCatalogue.Default"/>.</summary>
    public static SearchSchema Default { get; } = For(FacetCatalogue.Default);

    /// <summary>The schema of an index built for <paramref name="catalogue"/>.</summary>
    public static SearchSchema For(FacetCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new([.. catalogue.All.Select(IndexedFacet.Of)]);
    }

    /// <summary>A schema of <paramref name="facets"/>, in the order results show them.</summary>
    public SearchSchema(IReadOnlyList<IndexedFacet> facets)
    {
        Facets = facets;
        // Title is worth twice the rest; facets analysed as text are searched by default, exact ones only when named.
        Queryable =
        [
            new("title", 2f, true, true),
            new("summary", 1f, true, true),
            new("body", 1f, true, true),
            .. facets.Where(f => f.IsText).Select(f => new SearchField(f.Field, 1f, true, true)),
            new("event", 1f, true, true),
            .. facets.Where(f => !f.IsText).Select(f => new SearchField(f.Field, 1f, false, false)),
        ];
        Aliases = facets.SelectMany(f => f.FieldAliases.Select(a => (Alias: a, f.Field))).ToDictionary(a => a.Alias, a => a.Field, StringComparer.Ordinal);
    }

    /// <summary>Every facet, in the order results show them.</summary>
    public IReadOnlyList<IndexedFacet> Facets { get; }

    /// <summary>Every field a query may name, in a fixed order (the export and the manifest use it).</summary>
    public IReadOnlyList<SearchField> Queryable { get; }

    /// <summary>Other names a query may use for a field.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; }

    /// <summary>The facets results count, in display order.</summary>
    public IEnumerable<IndexedFacet> Counted => Facets.Where(f => f.Counted);

    /// <summary>The facets the export keeps as value columns, in file order.</summary>
    public IEnumerable<IndexedFacet> Columns => Facets.Where(f => f.InColumns);

    /// <summary>The facet called <paramref name="key"/>, or null.</summary>
    public IndexedFacet? Facet(string key) => Facets.FirstOrDefault(f => f.Key == key);

    /// <summary>The fields searched when a term names none.</summary>
    public IEnumerable<SearchField> Defaults => Queryable.Where(f => f.IsDefault);

    /// <summary>The field for a name or alias, or null.</summary>
    public SearchField? Find(string name) =>
        Queryable.FirstOrDefault(f => f.Name == (Aliases.TryGetValue(name, out var canonical) ? canonical : name));

    /// <summary>The facets as the builder keeps them in the index's commit data.</summary>
    internal string ToJson() => JsonSerializer.Serialize(Facets, Json);

    /// <summary>The schema kept in an index's commit data; an index without one was built for the default facets.</summary>
    internal static SearchSchema Parse(string? json) =>
        string.IsNullOrEmpty(json) ? Default : new(JsonSerializer.Deserialize<List<IndexedFacet>>(json, Json) ?? []);

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
