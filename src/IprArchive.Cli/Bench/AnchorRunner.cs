using System.Text.Json;

namespace IprArchive.Cli.Bench;

/// <summary>Hugo's and Pagefind's figures from one <c>anchors.sh</c> run (see ../shared/bench/README.md).</summary>
/// <param name="HugoWallSeconds">Median of anchors.sh's runs of <c>hugo --minify</c>.</param>
/// <param name="HugoCpuSeconds">User + system CPU of that run.</param>
/// <param name="HugoPeakMb">Its maximum resident set, MiB.</param>
/// <param name="HugoOutput">Files Hugo wrote.</param>
/// <param name="PagefindWallSeconds">Median of the Pagefind runs.</param>
/// <param name="PagefindCpuSeconds">User + system CPU of that run.</param>
/// <param name="PagefindPeakMb">Its maximum resident set, MiB.</param>
/// <param name="PagefindIndex">Pagefind's index data (what search downloads from).</param>
/// <param name="ColdBytes">Bytes per cold query as stored (Pagefind's JS, wasm, index chunks and 5 fragments).</param>
/// <param name="ColdBytesGzipJs">The same with the JS counted gzipped.</param>
/// <param name="ColdMsMedian">Median cold query time in headless Chromium.</param>
/// <param name="WarmMsMedian">Median warm query time.</param>
/// <param name="Raw">anchors-N.json as written, kept whole in our JSON.</param>
public sealed record AnchorFigures(
    double HugoWallSeconds,
    double HugoCpuSeconds,
    double HugoPeakMb,
    FileTally HugoOutput,
    double? PagefindWallSeconds,
    double? PagefindCpuSeconds,
    double? PagefindPeakMb,
    FileTally? PagefindIndex,
    Spread? ColdBytes,
    Spread? ColdBytesGzipJs,
    double? ColdMsMedian,
    double? WarmMsMedian,
    JsonElement Raw);

/// <summary>Runs <c>../shared/bench/anchors.sh N WORKDIR</c> on the same N and seed and reads its <c>anchors-N.json</c>.</summary>
public static class AnchorRunner
{
    /// <summary>Runs the anchors (several minutes: Hugo and Pagefind three times each up to 10,000 records).</summary>
    public static async Task<AnchorFigures> MeasureAsync(BenchPaths paths, int records, int seed, string workDirectory, TextWriter progress, CancellationToken cancel)
    {
        var info = ChildProcess.StartInfo("bash", [paths.AnchorsScript, records.ToString(), workDirectory], paths.SharedBench,
            new Dictionary<string, string> { ["SEED"] = seed.ToString() });
        var result = await ChildProcess.RunAsync(info, echoErrors: progress, cancel: cancel);
        var json = Path.Combine(workDirectory, $"anchors-{records}.json");
        if (result.ExitCode != 0 || !File.Exists(json))
        {
            throw new BenchException($"anchors.sh failed ({result.ExitCode}):\n{result.Tail()}");
        }

        using var stream = File.OpenRead(json);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancel);
        return Read(document.RootElement.Clone());
    }

    /// <summary>Picks the figures the comparison needs out of anchors-N.json.</summary>
    public static AnchorFigures Read(JsonElement root)
    {
        var hugo = root.GetProperty("hugo");
        var pagefind = root.GetProperty("pagefind");
        var queries = root.GetProperty("queries");
        var hasPagefind = Number(pagefind, "wall_s") is not null;
        var hasQueries = queries.ValueKind == JsonValueKind.Object;
        return new AnchorFigures(
            Number(hugo, "wall_s") ?? double.NaN,
            Number(hugo, "cpu_s") ?? double.NaN,
            Number(hugo, "max_rss_mb") ?? double.NaN,
            new FileTally((int)(Number(hugo, "output_files") ?? 0), (long)(Number(hugo, "output_bytes") ?? 0)),
            Number(pagefind, "wall_s"),
            Number(pagefind, "cpu_s"),
            Number(pagefind, "max_rss_mb"),
            hasPagefind ? new FileTally((int)(Number(pagefind, "index_data_files") ?? 0), (long)(Number(pagefind, "index_data_bytes") ?? 0)) : null,
            hasQueries ? SpreadOf(queries.GetProperty("bytes_stored")) : null,
            hasQueries ? SpreadOf(queries.GetProperty("bytes_gz")) : null,
            hasQueries ? Number(queries.GetProperty("cold_ms"), "median") : null,
            hasQueries ? Number(queries.GetProperty("warm_ms"), "median") : null,
            root);
    }

    private static Spread SpreadOf(JsonElement e) => new(Number(e, "median") ?? double.NaN, Number(e, "p90") ?? double.NaN, Number(e, "max") ?? double.NaN);

    private static double? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
