using System.Text.Json;

namespace IprArchive.Bench;

/// <summary>Median, 90th percentile and maximum of a per-query figure.</summary>
public sealed record Spread(double Median, double P90, double Max = 0);

/// <summary>The engine's own JavaScript, as a browser downloads it once per visit.</summary>
public sealed record EngineJs(int Files, long Bytes, long GzipBytes);

/// <summary>What <c>src/IprArchive.Bench/query-bytes.mjs</c> measured over the query set.</summary>
/// <param name="Queries">Queries replayed.</param>
/// <param name="PageSize">Results per page (the result files of that many hits are fetched).</param>
/// <param name="ZeroHitQueries">Queries that found nothing.</param>
/// <param name="ErrorQueries">Queries the engine found malformed.</param>
/// <param name="Bytes">Bytes per cold query to the first results, as stored on disk.</param>
/// <param name="MedianBytesByPart">Median bytes per export part (manifest, shard-table, terms, positions, columns, documents).</param>
/// <param name="RequestsMedian">Median files fetched per cold query.</param>
/// <param name="ColdMs">Open + search in a fresh index.</param>
/// <param name="WarmMs">Search in an index already open (shards fetched earlier stay cached).</param>
/// <param name="EngineJs">Size of the engine's modules.</param>
/// <param name="BytesWithFacets">The same with the facet data the page fetches after the first results.</param>
/// <param name="RepeatMs">The queries again on an index that holds every shard they need.</param>
public sealed record QueryFigures(
    int Queries,
    int PageSize,
    int ZeroHitQueries,
    int ErrorQueries,
    Spread Bytes,
    IReadOnlyDictionary<string, double> MedianBytesByPart,
    double RequestsMedian,
    Spread ColdMs,
    Spread WarmMs,
    EngineJs EngineJs,
    Spread? BytesWithFacets = null,
    Spread? RepeatMs = null);

/// <summary>Replays the query set through the JavaScript engine in Node with a counting fetch.</summary>
public static class QueryRunner
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Runs the queries against <paramref name="searchDirectory"/>; the per-query rows go to <paramref name="rowsFile"/>.</summary>
    public static async Task<QueryFigures> MeasureAsync(BenchPaths paths, string searchDirectory, string queriesFile, string rowsFile, CancellationToken cancel)
    {
        var info = ChildProcess.StartInfo("node", [paths.QueryScript, searchDirectory, queriesFile, "--out", rowsFile], paths.RepositoryRoot);
        var result = await ChildProcess.RunAsync(info, cancel: cancel);
        if (result.ExitCode != 0)
        {
            throw new BenchException($"src/IprArchive.Bench/query-bytes.mjs failed ({result.ExitCode}):\n{result.Tail()}");
        }

        using var rows = File.OpenRead(rowsFile);
        using var document = await JsonDocument.ParseAsync(rows, cancellationToken: cancel);
        return ReadSummary(document.RootElement) ?? throw new BenchException($"{rowsFile} has no summary.");
    }

    /// <summary>The figures in the <c>summary</c> of a rows file as query-bytes.mjs writes it; null when the summary is null.</summary>
    internal static QueryFigures? ReadSummary(JsonElement rows) => rows.GetProperty("summary").Deserialize<QueryFigures>(Json);
}
