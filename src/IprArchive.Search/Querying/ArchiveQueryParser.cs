using System.Globalization;
using IprArchive.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace IprArchive.Search.Querying;

/// <summary>
/// The classic parser over the default fields (title^2, summary, body, speaker, org, topic, plan,
/// event) with AND as default operator; field aliases (organization → org, …) are mapped to their
/// field. The browser's query-parser.js/query-builder.js mirror exactly this.
/// </summary>
internal sealed class ArchiveQueryParser : MultiFieldQueryParser
{
    private readonly SearchSchema _schema;

    private ArchiveQueryParser(Analyzer analyzer, SearchSchema schema)
        : base(ArchiveAnalyzer.Version,
            schema.Defaults.Select(f => f.Name).ToArray(),
            analyzer,
            schema.Defaults.ToDictionary(f => f.Name, f => f.Boost))
    {
        _schema = schema;
        DefaultOperator = Operator.AND;
    }

    /// <summary>The analyzer used at index and query time: exact values for keyword fields (of <paramref name="schema"/>, by default the archive's).</summary>
    public static Analyzer CreateAnalyzer(SearchSchema? schema = null) => new PerFieldAnalyzerWrapper(
        new ArchiveAnalyzer(),
        (schema ?? SearchSchema.Default).Queryable.Where(f => !f.IsAnalyzed)
            .ToDictionary(f => f.Name, Analyzer (_) => new ExactValueAnalyzer()));

    /// <summary>Parses <paramref name="text"/> once <see cref="QueryRepair"/> has mended it (the text
    /// actually parsed is returned when it differs); throws <see cref="ParseException"/> when
    /// malformed, <see cref="UnsupportedQueryException"/> when outside the supported subset or limits.</summary>
    public static (Query Query, string? Understood) Parse(string text, Analyzer analyzer, SearchSchema? schema = null)
    {
        var repaired = QueryRepair.Repair(text);
        if (repaired.Error is { } limit) throw new UnsupportedQueryException(limit);
        if (UnsupportedSyntax.Find(repaired.Text) is { } message) throw new UnsupportedQueryException(message);
        try
        {
            return (new ArchiveQueryParser(analyzer, schema ?? SearchSchema.Default).Parse(repaired.Text), repaired.Changed ? repaired.Text : null);
        }
        catch (ParseException e) when (e.InnerException is BooleanQuery.TooManyClausesException)
        {
            throw new UnsupportedQueryException(TooManyClauses);
        }
    }

    /// <summary>The message for Lucene's clause limit, the same in the browser.</summary>
    public static readonly string TooManyClauses = string.Create(CultureInfo.InvariantCulture,
        $"This search has too many clauses: the limit is {BooleanQuery.MaxClauseCount:N0}. Remove some words or OR alternatives.");

    /// <summary>The field a name or alias stands for; unknown names are an error, as in the browser.</summary>
    private string Canonical(string field) => _schema.Find(field)?.Name
        ?? throw new UnsupportedQueryException($"Unknown field '{field}:'. Fields you can search: "
            + string.Join(' ', _schema.Queryable.Select(f => f.Name + ":")));

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        base.GetFieldQuery(field is null ? null! : Canonical(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(field is null ? null! : Canonical(field), queryText, slop);

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(field is null ? null! : Canonical(field), termStr);
}

/// <summary>A query that parses in Lucene's grammar but uses syntax the archive does not offer; the message is for users.</summary>
internal sealed class UnsupportedQueryException(string message) : Exception(message);
