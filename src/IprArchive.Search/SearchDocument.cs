using System.Collections.Immutable;
using IprArchive.Facets;

namespace IprArchive.Search;

/// <summary>
/// What the search index needs to know about one record. The site maps its content model onto
/// this, so the search project does not depend on how records are parsed.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Site-relative URL of the record's page, unique; also the document's identity.</summary>
    public required string Url { get; init; }

    /// <summary>Title as shown in results.</summary>
    public required string Title { get; init; }

    /// <summary>Publication date; documents are numbered in date order.</summary>
    public required DateOnly Date { get; init; }

    // The values of every facet the record gives (FacetSource.Record), by facet key; the typed
    // properties below are views of the default facets' entries.
    private ImmutableDictionary<string, IReadOnlyList<SearchEntity>> _facets =
        ImmutableDictionary<string, IReadOnlyList<SearchEntity>>.Empty.Add(FacetCatalogue.Language.Key, [new SearchEntity("en", "en")]);

    /// <summary>The record's values of each facet, by facet key (<see cref="Facet.Key"/>); the year and type come from <see cref="Date"/> and <see cref="Type"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SearchEntity>> Facets
    {
        get => _facets;
        init => _facets = _facets.SetItems(value);
    }

    /// <summary>The values of the facet <paramref name="key"/> (none when the record has none).</summary>
    public IReadOnlyList<SearchEntity> ValuesOf(string key) => _facets.GetValueOrDefault(key) ?? [];

    /// <summary>Language code as written in the record ("en", "zh").</summary>
    public string Language
    {
        get => ValuesOf(FacetCatalogue.Language.Key) is [var language, ..] ? language.Name : "en";
        init => _facets = _facets.SetItem(FacetCatalogue.Language.Key, [new SearchEntity(value, value)]);
    }

    /// <summary>
    /// <see cref="DocumentTypes.Announcement"/> for a record, <see cref="DocumentTypes.Quote"/> for
    /// one of its quotations indexed as a sub-document (<see cref="QuotationSubDocuments"/>).
    /// </summary>
    public string Type { get; init; } = DocumentTypes.Announcement;

    /// <summary>One-sentence summary (plain text).</summary>
    public string Summary { get; init; } = "";

    /// <summary>Body as plain-text paragraphs; paragraph i is anchored on the page as #p-{i+1} unless <see cref="Anchors"/> says otherwise.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The page anchor (without <c>#</c>) of each paragraph, when not <c>p-1</c>, <c>p-2</c>…: block quotations are <c>q-N</c>.</summary>
    public IReadOnlyList<string> Anchors { get; init; } = [];

    /// <summary>Quotations inside paragraphs, so that a hit within one links to its <c>#q-N</c>.</summary>
    public IReadOnlyList<QuotedRange> QuotedRanges { get; init; } = [];

    /// <summary>Speakers, with aliases that should find them too.</summary>
    public IReadOnlyList<SearchEntity> Speakers
    {
        get => ValuesOf(FacetCatalogue.Speaker.Key);
        init => _facets = _facets.SetItem(FacetCatalogue.Speaker.Key, value);
    }

    /// <summary>Organisations, with aliases (so "SIPO" finds CNIPA records).</summary>
    public IReadOnlyList<SearchEntity> Organizations
    {
        get => ValuesOf(FacetCatalogue.Organization.Key);
        init => _facets = _facets.SetItem(FacetCatalogue.Organization.Key, value);
    }

    /// <summary>Topics as written in the record.</summary>
    public IReadOnlyList<string> Topics
    {
        get => [.. ValuesOf(FacetCatalogue.Topic.Key).Select(t => t.Name)];
        init => _facets = _facets.SetItem(FacetCatalogue.Topic.Key, [.. value.Select(t => new SearchEntity(t, t))]);
    }

    /// <summary>Plan period the record belongs to, if any.</summary>
    public SearchEntity? Plan
    {
        get => ValuesOf(FacetCatalogue.Plan.Key) is [var plan, ..] ? plan : null;
        init => _facets = _facets.SetItem(FacetCatalogue.Plan.Key, value is null ? [] : [value]);
    }

    /// <summary>Event where the statement was made, if any.</summary>
    public string? Event { get; init; }

    /// <summary>For a quotation: the speaker's role and organisation at the time ("Deputy head, CNIPA"), if known.</summary>
    public string? Credit { get; init; }
}

/// <summary>Where a quotation's words are in one of a record's paragraphs.</summary>
/// <param name="Paragraph">Index into <see cref="SearchDocument.Paragraphs"/>.</param>
/// <param name="Start">UTF-16 offset of the first quoted character.</param>
/// <param name="End">UTF-16 offset just after the last quoted character.</param>
/// <param name="Anchor">The quotation's page anchor, without <c>#</c> (<c>q-2</c>).</param>
public sealed record QuotedRange(int Paragraph, int Start, int End, string Anchor);

/// <summary>The values of the <c>type</c> field.</summary>
public static class DocumentTypes
{
    /// <summary>The index field (a keyword field users may query: <c>type:quote</c>).</summary>
    public const string Field = "type";

    /// <summary>A record: what a search returns unless it asks for quotations.</summary>
    public const string Announcement = "announcement";

    /// <summary>A quotation of a record, indexed as a document of its own.</summary>
    public const string Quote = "quote";
}

/// <summary>A named thing a record refers to (speaker, organisation, plan).</summary>
/// <param name="Id">Stable identifier (slug); facet values are display names, filters accept both.</param>
/// <param name="Name">Display name.</param>
/// <param name="Aliases">Other names that should find it (acronyms, former names).</param>
public sealed record SearchEntity(string Id, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>An entity without aliases.</summary>
    public SearchEntity(string id, string name) : this(id, name, []) { }

    /// <summary>The aliases that are former names (SIPO for CNIPA): a search says so when it finds one.</summary>
    public IReadOnlySet<string> FormerNames { get; init; } = new HashSet<string>();
}
