using System.Text.Json;
using System.Text.Json.Nodes;
using IprArchive.Bench.Anchors;

namespace IprArchive.Bench;

/// <summary>Hugo's and Pagefind's figures from one anchors run (docs/benchmarks.md says how each is taken).</summary>
/// <param name="HugoWallSeconds">Median of the runs of <c>hugo --minify</c>.</param>
/// <param name="HugoCpuSeconds">User + system CPU of that run.</param>
/// <param name="HugoPeakMb">Its maximum resident set, MiB.</param>
/// <param name="HugoOutput">Files Hugo wrote.</param>
/// <param name="PagefindWallSeconds">Median of the Pagefind runs.</param>
/// <param name="PagefindCpuSeconds">User + system CPU of that run.</param>
/// <param name="PagefindPeakMb">Its maximum resident set, MiB.</param>
/// <param name="PagefindIndex">Pagefind's index data (what search downloads from).</param>
/// <param name="ColdBytes">Bytes per cold query in Chromium as stored (Pagefind's JS, wasm, index chunks and 5 fragments).</param>
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

/// <summary>What the anchors run on: the corpus and query file our build used, and our built site for the browser queries.</summary>
/// <param name="Paths">The repository's bench material.</param>
/// <param name="Input">The generated input folder.</param>
/// <param name="QueriesFile">The queries replayed by both engines.</param>
/// <param name="OurOutput">Our built site (its <c>assets/search/</c> and <c>search/</c> are served to Chromium).</param>
/// <param name="WorkDirectory">Where the Hugo site, logs and JSON go.</param>
/// <param name="Runs">Timed runs of Hugo and of Pagefind, median kept.</param>
public sealed record AnchorRun(BenchPaths Paths, string Input, string QueriesFile, string OurOutput, string WorkDirectory, int Runs);

/// <summary>
/// Builds the same corpus with Hugo (the bench's theme) and indexes it with Pagefind, each timed
/// like our build, then counts cold-query bytes for both engines in Chromium with one script
/// (<c>Anchors/browser-query-bytes.mjs</c>). Writes <c>anchors-N.json</c> and reads the figures back from it.
/// </summary>
public static class AnchorRunner
{
    /// <summary>Runs the anchors; returns their figures and our engine's, both measured in Chromium.</summary>
    public static async Task<(AnchorFigures Anchors, BrowserQueries Ours)> MeasureAsync(AnchorRun run, Action<string> step, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(step);
        var tools = await AnchorTools.EnsureAsync(run.Paths.Anchors, step, cancel);
        var site = Path.Combine(run.WorkDirectory, "site");
        var records = HugoSite.Write(run.Input, site, Path.Combine(run.Paths.Anchors, "hugo-theme"), "https://iprarchive.example.org/");
        var publicDirectory = Path.Combine(site, "public");
        step($"hugo --minify on {records} records ({run.Runs} run(s), each into an empty public/)");
        var hugo = await MedianRunAsync(run.Runs, () => Delete(publicDirectory, Path.Combine(site, "resources")), ChildProcess.StartInfo("hugo", ["--minify"], site), "hugo", cancel);
        var hugoOutput = FileTally.Of(publicDirectory);
        var pagefindDirectory = Path.Combine(publicDirectory, "pagefind");
        step($"pagefind --site public ({run.Runs} run(s))");
        var pagefind = await MedianRunAsync(run.Runs, () => Delete(pagefindDirectory), ChildProcess.StartInfo(tools.Pagefind, ["--site", publicDirectory], site), "pagefind", cancel);
        step("cold and warm queries in Chromium: Pagefind");
        var theirs = await BrowserQueriesAsync(run, tools, "pagefind", publicDirectory, cancel);
        step("cold and warm queries in Chromium: IprArchive");
        var ours = await BrowserQueriesAsync(run, tools, "iprarchive", run.OurOutput, cancel);
        var json = new JsonObject
        {
            ["records"] = records,
            ["versions"] = new JsonObject
            {
                ["hugo"] = await ChildProcess.FirstLineAsync("hugo", "version"),
                ["pagefind"] = await ChildProcess.FirstLineAsync(tools.Pagefind, "--version"),
                ["chromium"] = theirs.Summary["chromium"]?.GetValue<string>(),
            },
            ["hugo"] = Figures(hugo, hugoOutput, "output"),
            ["pagefind"] = Figures(pagefind, PagefindData(pagefindDirectory), "index_data"),
            ["queries"] = theirs.Summary,
            ["ours_in_chromium"] = ours.Summary,
        };
        var file = Path.Combine(run.WorkDirectory, $"anchors-{records}.json");
        await File.WriteAllTextAsync(file, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancel);
        using var document = JsonDocument.Parse(json.ToJsonString());
        return (Read(document.RootElement.Clone()), ours.Figures);
    }

    private sealed record TimedRun(ChildResult Result, double WallSeconds, double CpuSeconds, long PeakBytes, IReadOnlyList<double> Walls);

    private static async Task<TimedRun> MedianRunAsync(int runs, Action clean, System.Diagnostics.ProcessStartInfo info, string tool, CancellationToken cancel)
    {
        var all = new List<(ChildResult Result, double Wall, double Cpu, long Peak)>();
        for (var i = 0; i < runs; i++)
        {
            clean();
            var run = await TimedProcess.RunAsync(info, cancel);
            if (run.Result.ExitCode != 0)
            {
                throw new BenchException($"{tool} failed ({run.Result.ExitCode}):\n{run.Result.Tail()}");
            }

            all.Add(run);
        }

        var median = all.OrderBy(r => r.Wall).ElementAt((all.Count - 1) / 2);
        return new TimedRun(median.Result, median.Wall, median.Cpu, median.Peak, [.. all.Select(r => r.Wall)]);
    }

    private static JsonObject Figures(TimedRun run, FileTally files, string prefix) => new()
    {
        ["rc"] = run.Result.ExitCode,
        ["wall_s"] = run.WallSeconds,
        ["cpu_s"] = Math.Round(run.CpuSeconds, 2),
        ["max_rss_mb"] = Math.Round(run.PeakBytes / 1048576.0, 1),
        ["walls"] = new JsonArray([.. run.Walls.Select(w => (JsonNode?)w)]),
        [$"{prefix}_files"] = files.Files,
        [$"{prefix}_bytes"] = files.Bytes,
        ["log_tail"] = run.Result.Output.Trim().Split('\n').TakeLast(12).Aggregate("", (a, l) => a + l + "\n"),
    };

    /// <summary>Pagefind's index data, what searching can download (its UI's JS and CSS left out).</summary>
    private static FileTally PagefindData(string pagefindDirectory)
    {
        var files = Directory.EnumerateFiles(pagefindDirectory, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is not (".js" or ".css")).Select(f => new FileInfo(f).Length).ToList();
        return new FileTally(files.Count, files.Sum());
    }

    private static async Task<(JsonNode Summary, BrowserQueries Figures)> BrowserQueriesAsync(AnchorRun run, AnchorTools tools, string engine, string siteDirectory, CancellationToken cancel)
    {
        var rows = Path.Combine(run.WorkDirectory, $"chromium-{engine}.json");
        var info = ChildProcess.StartInfo("node", [Path.Combine(run.Paths.Anchors, "browser-query-bytes.mjs"), "--engine", engine, siteDirectory, run.QueriesFile, "--limit", "100000", "--out", rows],
            run.WorkDirectory, new Dictionary<string, string> { ["CHROMIUM"] = tools.Chromium });
        var result = await ChildProcess.RunAsync(info, cancel: cancel);
        if (result.ExitCode != 0 || !File.Exists(rows))
        {
            throw new BenchException($"browser-query-bytes.mjs --engine {engine} failed ({result.ExitCode}):\n{result.Tail()}");
        }

        var summary = JsonNode.Parse(await File.ReadAllTextAsync(rows, cancel))!["summary"]!;
        return (summary.DeepClone(), summary.Deserialize<BrowserQueries>(SnakeCase) ?? throw new BenchException($"{rows} has no summary."));
    }

    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static void Delete(params string[] directories)
    {
        foreach (var directory in directories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
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

/// <summary>One engine's queries in Chromium, as <c>Anchors/browser-query-bytes.mjs</c> sums them up.</summary>
/// <param name="Engine">iprarchive or pagefind.</param>
/// <param name="Queries">Queries replayed.</param>
/// <param name="ZeroHitQueries">Queries without hits.</param>
/// <param name="BytesStored">Bytes per cold query, files as stored.</param>
/// <param name="BytesGz">The same with JS and JSON counted gzip -6.</param>
/// <param name="MedianBytesByPart">Median bytes per part of the tool's output, as stored.</param>
/// <param name="RequestsMedian">Median requests per cold query.</param>
/// <param name="ColdMs">Whole cold query (engine load, index open, search, first results) in a fresh context.</param>
/// <param name="WarmMs">The same query again in a page that ran every query before.</param>
/// <param name="Chromium">Browser version.</param>
/// <param name="FacetBytesGz">Ours only: the facet data the search page fetches after the first results (JSON gzip), apart from <paramref name="BytesGz"/>.</param>
public sealed record BrowserQueries(
    string Engine,
    int Queries,
    int ZeroHitQueries,
    Spread BytesStored,
    Spread BytesGz,
    IReadOnlyDictionary<string, double> MedianBytesByPart,
    double RequestsMedian,
    Spread ColdMs,
    Spread WarmMs,
    string Chromium,
    Spread? FacetBytesGz = null);
