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

    /// <summary>Language code as written in the record ("en", "zh").</summary>
    public string Language { get; init; } = "en";

    /// <summary>Record type ("announcement"; later "quote").</summary>
    public string Type { get; init; } = "announcement";

    /// <summary>One-sentence summary (plain text).</summary>
    public string Summary { get; init; } = "";

    /// <summary>Body as plain-text paragraphs; paragraph i is anchored on the page as #p-{i+1}.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Speakers, with aliases that should find them too.</summary>
    public IReadOnlyList<SearchEntity> Speakers { get; init; } = [];

    /// <summary>Organisations, with aliases (so "SIPO" finds CNIPA records).</summary>
    public IReadOnlyList<SearchEntity> Organizations { get; init; } = [];

    /// <summary>Topics as written in the record.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Plan period the record belongs to, if any.</summary>
    public SearchEntity? Plan { get; init; }

    /// <summary>Event where the statement was made, if any.</summary>
    public string? Event { get; init; }
}

/// <summary>A named thing a record refers to (speaker, organisation, plan).</summary>
/// <param name="Id">Stable identifier (slug); facet values are display names, filters accept both.</param>
/// <param name="Name">Display name.</param>
/// <param name="Aliases">Other names that should find it (acronyms, former names).</param>
public sealed record SearchEntity(string Id, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>An entity without aliases.</summary>
    public SearchEntity(string id, string name) : this(id, name, []) { }
}
