using IprArchive.Content;

namespace IprArchive.Facets;

/// <summary>
/// One facet (speaker, organisation, year, …), declared once: its names, its labels, where a
/// record's values come from, how the search index holds them and whether it has archive pages.
/// The site, the search index and its export, the command line and (through the export's
/// manifest) the browser engine all read this declaration; <see cref="FacetCatalogue"/> lists them.
/// </summary>
public sealed record Facet
{
    /// <summary>The facet's name in filters, URL parameters, facet counts and the manifest: <c>organization</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The index field holding its values, which queries name: <c>org</c> (<c>org:wipo</c>).</summary>
    public required string Field { get; init; }

    /// <summary>Other names a query may give the field: <c>organisation</c>, <c>organization</c>.</summary>
    public IReadOnlyList<string> FieldAliases { get; init; } = [];

    /// <summary>What one value is called, as a heading: "Organisation".</summary>
    public required string Label { get; init; }

    /// <summary>What its values are called together, as a section title: "Organisations".</summary>
    public required string PluralLabel { get; init; }

    /// <summary>
    /// The record's values, each once, in the record's order; null for a facet of the search
    /// index's documents rather than of records (<see cref="FacetSource.DocumentType"/>).
    /// </summary>
    public Func<Announcement, IEnumerable<FacetValue>>? ValuesOf { get; init; }

    /// <summary>Where the search index and its export take the values from.</summary>
    public FacetSource Source { get; init; } = FacetSource.Record;

    /// <summary>How the index holds the values: analysed text searched by default, or one exact lowercase term.</summary>
    public FacetIndexing Indexing { get; init; } = FacetIndexing.Text;

    /// <summary>
    /// Whether a quotation's search document has its record's values (organisations, topics…);
    /// false for the speaker, which a quotation has of its own.
    /// </summary>
    public bool QuotationsInherit { get; init; } = true;

    /// <summary>Whether search results count its values (the document type is a scope, not counted).</summary>
    public bool Counted { get; init; } = true;

    /// <summary>Its archive pages (a section page listing the values, a page and a feed per value); null when it has none.</summary>
    public FacetPages? Pages { get; init; }

    /// <summary>The values of <paramref name="announcement"/> (none for a facet with no record values).</summary>
    public IEnumerable<FacetValue> Of(Announcement announcement) => ValuesOf?.Invoke(announcement) ?? [];
}

/// <summary>Where the search index takes a facet's values from.</summary>
public enum FacetSource
{
    /// <summary>The record's values (<see cref="Facet.ValuesOf"/>), stored per document and exported as value columns.</summary>
    Record,

    /// <summary>The year of the document's date: documents are in date order, so the export derives it from the doc id.</summary>
    Year,

    /// <summary>Whether the document is a record or one of its quotations: the export's type bits.</summary>
    DocumentType,
}

/// <summary>How the search index holds a facet's values.</summary>
public enum FacetIndexing
{
    /// <summary>Analysed like body text and searched when a term names no field; other names are searchable too.</summary>
    Text,

    /// <summary>One exact lowercase term, found only when a query names the field (<c>year:2021</c>).</summary>
    Keyword,
}

/// <summary>One value of a facet on a record.</summary>
/// <param name="Slug">Its URL segment and identity: <c>cnipa</c>.</param>
/// <param name="Name">Its display name, which search results count: <c>CNIPA</c>.</param>
/// <param name="Entity">The registry entity (<see cref="Speaker"/>, <see cref="Organization"/>…) whose archive page says more; null for plain values.</param>
public sealed record FacetValue(string Slug, string Name, object? Entity = null)
{
    /// <summary>Other names that find it in a search (acronyms, aliases, former names); never the display name.</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>Those of <see cref="OtherNames"/> that are former names (SIPO for CNIPA): a search says so when it finds one.</summary>
    public IReadOnlySet<string> FormerNames { get; init; } = new HashSet<string>();
}

/// <summary>How the values of a facet are listed in which order on their pages.</summary>
public enum ValueOrder
{
    /// <summary>By display name, ignoring case (speakers, topics…).</summary>
    ByName,

    /// <summary>Newest first, by slug (years).</summary>
    NewestFirst,
}

/// <summary>A facet's archive pages.</summary>
/// <param name="SectionUrl">The page listing every value, site-relative: <c>/speakers/</c>; a value's page is the section URL and its slug.</param>
/// <param name="WayInTitle">Its heading among the home page's ways in: "By speaker".</param>
/// <param name="Position">Its place in the site's menu and on the home page (years first).</param>
public sealed record FacetPages(string SectionUrl, string WayInTitle, int Position)
{
    /// <summary>The order of the section page's entries.</summary>
    public ValueOrder Order { get; init; } = ValueOrder.ByName;

    /// <summary>Site-relative URL of the first page of a value: <c>/speakers/shen-changyu/</c>.</summary>
    public string UrlOf(string slug) => $"{SectionUrl}{slug}/";
}
