namespace IprArchive.Search;

/// <summary>How one index field is indexed and queried.</summary>
/// <param name="Name">Field name in the index and in queries.</param>
/// <param name="Boost">Query-time boost when the field is searched by default (title is worth twice the rest).</param>
/// <param name="IsDefault">Searched when a query term names no field.</param>
/// <param name="IsAnalyzed">Analyzed with <see cref="Analysis.ArchiveAnalyzer"/>; otherwise one exact lowercase term.</param>
public sealed record SearchField(string Name, float Boost, bool IsDefault, bool IsAnalyzed);

/// <summary>
/// The fields of an index built for the default facets (<see cref="SearchSchema.Default"/>),
/// and the two fields every document has.
/// </summary>
public static class SearchFields
{
    /// <summary>Site-relative URL; identity of a document, stored, not searchable by users.</summary>
    public const string Url = "url";

    /// <summary>ISO date ("2021-11-01"), stored; documents are numbered in date order.</summary>
    public const string Date = "date";

    /// <summary>Every field a query may name, in a fixed order (the export and the manifest use it).</summary>
    public static IReadOnlyList<SearchField> Queryable => SearchSchema.Default.Queryable;

    /// <summary>Other names a query may use for a field.</summary>
    public static IReadOnlyDictionary<string, string> Aliases => SearchSchema.Default.Aliases;

    /// <summary>The fields searched when a term names none.</summary>
    public static IEnumerable<SearchField> Defaults => SearchSchema.Default.Defaults;

    /// <summary>The field for a name or alias, or null.</summary>
    public static SearchField? Find(string name) => SearchSchema.Default.Find(name);
}
