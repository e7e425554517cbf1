namespace IprArchive.Search;

/// <summary>How one index field is indexed and queried.</summary>
/// <param name="Name">Field name in the index and in queries.</param>
/// <param name="Boost">Query-time boost when the field is searched by default (title is worth twice the rest).</param>
/// <param name="IsDefault">Searched when a query term names no field.</param>
/// <param name="IsAnalyzed">Analyzed with <see cref="Analysis.ArchiveAnalyzer"/>; otherwise one exact lowercase term.</param>
public sealed record SearchField(string Name, float Boost, bool IsDefault, bool IsAnalyzed);

/// <summary>The index schema shared by the builder, the query parser, the exporter and the browser engine.</summary>
public static class SearchFields
{
    /// <summary>Site-relative URL; identity of a document, stored, not searchable by users.</summary>
    public const string Url = "url";

    /// <summary>ISO date ("2021-11-01"), stored; documents are numbered in date order.</summary>
    public const string Date = "date";

    /// <summary>Every field a query may name, in a fixed order (the export and the manifest use it).</summary>
    public static readonly IReadOnlyList<SearchField> Queryable =
    [
        new("title", 2f, true, true),
        new("summary", 1f, true, true),
        new("body", 1f, true, true),
        new("speaker", 1f, true, true),
        new("org", 1f, true, true),
        new("topic", 1f, true, true),
        new("plan", 1f, true, true),
        new("event", 1f, true, true),
        new("year", 1f, false, false),
        new("lang", 1f, false, false),
        new("type", 1f, false, false),
    ];

    /// <summary>Other names a query may use for a field.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["organization"] = "org",
        ["organisation"] = "org",
        ["language"] = "lang",
        ["plan_period"] = "plan",
        ["speakers"] = "speaker",
        ["topics"] = "topic",
    };

    /// <summary>The fields searched when a term names none.</summary>
    public static IEnumerable<SearchField> Defaults => Queryable.Where(f => f.IsDefault);

    /// <summary>The field for a name or alias, or null.</summary>
    public static SearchField? Find(string name) =>
        Queryable.FirstOrDefault(f => f.Name == (Aliases.TryGetValue(name, out var canonical) ? canonical : name));
}
