namespace IprArchive.Search.Querying;

/// <summary>Result order: by score (ties by date order) or newest first.</summary>
public enum SearchSort
{
    /// <summary>Highest BM25 score first; equal scores in doc id (date) order, as Lucene does.</summary>
    Relevance,

    /// <summary>Newest first (highest doc id first).</summary>
    Date,
}

/// <summary>One search: the query text, filters that never change scores, order and page.</summary>
public sealed record SearchRequest
{
    /// <summary>Query in the classic Lucene syntax subset.</summary>
    public required string Query { get; init; }

    /// <summary>Facet → accepted values; values of one facet are OR-ed, facets AND-ed.
    /// Facets: speaker, organization, year, plan, topic, language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Earliest date included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest date included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Result order.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page.</summary>
    public int PageSize { get; init; } = 10;
}
