using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using IprArchive.Search;
using IprArchive.Search.Indexing;
using IprArchive.Search.Querying;

namespace IprArchive.Parity;

/// <summary>
/// `queries`: builds the index and the static export from a corpus (OUT/index, OUT/search), then
/// runs generated queries (and those of <c>--queries-file</c>) through <see cref="SearchService"/>
/// and writes OUT/queries.json with Lucene's total, top-10 urls and scores, facet counts, timeline and alias notes for each. `--type-page-size` and
/// `--facet-page-size` export the columns in smaller pages than a site does, so that queries
/// cross page boundaries.
/// </summary>
public static class QueriesCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(Arguments options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var outDir = options.Required("out");
        var count = int.Parse(options.Optional("count", "500"), CultureInfo.InvariantCulture);
        var documents = CorpusReader.ReadAll(options.Corpora);
        var paging = new IprArchive.Search.Export.DocumentColumnsWriter.Paging(
            int.Parse(options.Optional("type-page-size", IprArchive.Search.Export.DocumentColumnsWriter.Paging.Default.TypePageSize.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            int.Parse(options.Optional("facet-page-size", IprArchive.Search.Export.DocumentColumnsWriter.Paging.Default.FacetPageSize.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture));
        var report = SearchIndexPipeline.Run([SearchIndexBuilder.InDocumentOrder(documents)], Path.Combine(outDir, "search"), Path.Combine(outDir, "index"), paging);
        Console.WriteLine($"indexed {documents.Count} documents in {report.IndexTime.TotalSeconds:F2} s, exported in {report.ExportTime.TotalSeconds:F2} s: "
            + $"{report.Export.Terms} terms, {report.Export.TermShards} term shards, {report.Export.Files} files, {report.Export.Bytes / 1024.0:F0} KiB");

        var queries = new QueryGenerator(documents).Generate(count);
        // --queries-file: plain queries written beside a generated corpus (the bench's own query
        // set: words, phrases, boolean, field and Chinese queries), each run with no filter.
        if (options.Optional("queries-file", "") is { Length: > 0 } file)
        {
            queries.AddRange(File.ReadAllLines(file).Where(q => q.Trim().Length > 0)
                .Select(q => new GeneratedQuery("corpus-file", q.Trim(), new Dictionary<string, IReadOnlyList<string>>(), null, null, "relevance")));
        }

        using var service = SearchService.Open(Path.Combine(outDir, "index"));
        var clock = Stopwatch.StartNew();
        using var stream = File.Create(Path.Combine(outDir, "queries.json"));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true });
        json.WriteStartObject();
        json.WriteNumber("documents", documents.Count);
        json.WriteStartArray("queries");
        foreach (var query in queries) Write(json, query, service.Search(ToRequest(query)));
        json.WriteEndArray();
        json.WriteEndObject();
        Console.WriteLine($"ran {queries.Count} queries in {clock.Elapsed.TotalSeconds:F2} s -> {Path.Combine(outDir, "queries.json")}");
        return 0;
    }

    private static SearchRequest ToRequest(GeneratedQuery q) => new()
    {
        Query = q.Query,
        Filters = q.Filters,
        From = q.From is null ? null : DateOnly.Parse(q.From, CultureInfo.InvariantCulture),
        To = q.To is null ? null : DateOnly.Parse(q.To, CultureInfo.InvariantCulture),
        Sort = q.Sort == "date" ? SearchSort.Date : SearchSort.Relevance,
        PageSize = 10,
    };

    private static void WriteAliases(Utf8JsonWriter json, IReadOnlyList<NameAlias> aliases)
    {
        json.WriteStartArray("aliases");
        foreach (var alias in aliases)
        {
            json.WriteStartObject();
            json.WriteString("alias", alias.Alias);
            json.WriteString("name", alias.Name);
            json.WriteString("relation", alias.Relation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter json, GeneratedQuery q, SearchResult result)
    {
        json.WriteStartObject();
        json.WriteString("form", q.Form);
        json.WriteString("query", q.Query);
        json.WriteStartObject("options");
        json.WriteStartObject("filters");
        foreach (var (facet, values) in q.Filters)
        {
            json.WriteStartArray(facet);
            foreach (var v in values) json.WriteStringValue(v);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        if (q.From is not null) json.WriteString("from", q.From);
        if (q.To is not null) json.WriteString("to", q.To);
        json.WriteString("sort", q.Sort);
        json.WriteNumber("pageSize", 10);
        json.WriteEndObject();
        json.WriteNumber("total", result.Total);
        json.WriteNumber("quotations", result.Quotations);
        if (result.Error is not null) json.WriteString("error", result.Error);
        if (result.Understood is not null) json.WriteString("understood", result.Understood);
        if (result.Aliases is not null) WriteAliases(json, result.Aliases);
        json.WriteStartArray("hits");
        foreach (var hit in result.Hits)
        {
            json.WriteStartObject();
            json.WriteString("url", hit.Url);
            json.WriteNumber("score", hit.Score);
            json.WriteString("snippet", hit.Snippet);
            json.WriteString("anchor", hit.Anchor);
            json.WriteString("type", hit.Type);
            if (hit.Credit is not null) json.WriteString("credit", hit.Credit);
            if (hit.Event is not null) json.WriteString("event", hit.Event);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("facets");
        foreach (var (facet, counts) in result.Facets)
        {
            json.WriteStartObject(facet);
            foreach (var (value, n) in counts) json.WriteNumber(value, n);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartObject("timeline");
        foreach (var (year, n) in result.Timeline) json.WriteNumber(year, n);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
