using System.Text.Json;
using IprArchive.Bench;
using IprArchive.Bench.Corpus;

namespace IprArchive.Bench.Tests;

/// <summary>
/// Figures of one real 2,000-record run (bench/results/bench-2000.json, trimmed), so that the
/// expected ratios and rows can be checked against the ones docs/benchmarks.md quotes.
/// </summary>
internal static class BenchSamples
{
    /// <summary>anchors-2000.json as anchors.sh writes it (fields the bench does not read left out).</summary>
    public const string AnchorsJson = """
        {
         "n": "2000", "seed": 42, "records": 2000,
         "hugo": { "rc": 0, "wall_s": 4.17, "max_rss_mb": 332.2, "cpu_s": 7.26, "reps": 3, "html_files": 3392, "output_files": 3841, "output_bytes": 26490914 },
         "pagefind": { "rc": "0", "wall_s": 4.43, "max_rss_mb": 704.7, "cpu_s": 6.1, "reps": 3, "files": 2165, "bytes": 9832190, "index_data_files": 2156, "index_data_bytes": 9308437 },
         "queries": {
          "queries": 200,
          "bytes_stored": { "median": 216654, "p90": 252985, "max": 293237 },
          "bytes_gz": { "median": 152273, "p90": 188604, "max": 228856 },
          "cold_ms": { "median": 233.1, "p90": 291.9 },
          "warm_ms": { "median": 14.6, "p90": 29.6 }
         }
        }
        """;

    /// <summary>What anchors.sh writes with SKIP_PAGEFIND=1 (Pagefind's figures null, no queries).</summary>
    public const string HugoOnlyAnchorsJson = """
        {
         "hugo": { "rc": 0, "wall_s": 4.17, "max_rss_mb": 332.2, "cpu_s": 7.26, "output_files": 3841, "output_bytes": 26490914 },
         "pagefind": { "rc": "skipped", "wall_s": null, "max_rss_mb": null, "cpu_s": null, "files": 0, "bytes": 0, "index_data_files": 0, "index_data_bytes": 0 },
         "queries": null
        }
        """;

    public static AnchorFigures Anchors(string json = AnchorsJson)
    {
        using var document = JsonDocument.Parse(json);
        return AnchorRunner.Read(document.RootElement.Clone());
    }

    public static BuildMeasurement Build(double wallSeconds = 13.246, bool search = true) => new(
        wallSeconds,
        19.47,
        390_574_080,
        new Dictionary<string, double> { ["Archives"] = 2.02, ["Content"] = 6, ["SearchIndex"] = 7.57 },
        new FileTally(6084, 79_856_076),
        2985,
        search ? new FileTally(2678, 7_300_198) : null,
        new FileTally(2985, 62_914_560));

    public static QueryFigures Queries() => new(
        200,
        10,
        14,
        0,
        new Spread(44134, 58694, 80264),
        new Dictionary<string, double> { ["columns"] = 15014, ["documents"] = 21298, ["manifest"] = 1463, ["shard-table"] = 1411, ["terms"] = 5293 },
        14,
        new Spread(19.61, 31.12),
        new Spread(11.53, 16.76),
        new EngineJs(17, 95781, 35625));

    public static IncrementalFigures Incremental() => new(
        "announcements/2026/2026-10-27-huang-yu-meets-partners-on-smes.md",
        0.939,
        3,
        13.152,
        new Dictionary<string, double>
        {
            ["Content"] = 0.673,
            ["Content Process PrepareAnnouncementPage"] = 0.535,
            ["Content Process ReadFrom"] = 0,
            ["Feeds"] = 0.001,
            ["Feeds Output WriteChangedFiles"] = 0.049,
        });

    public static MachineInfo Machine(string? commit = "e38b48f033ce+dirty") =>
        new(2, 23.5, "Debian GNU/Linux 12 (bookworm), X64, kernel 6.18", ".NET 10.0.12", "v20.20.2", commit, "2026-11-26T17:10:14Z");

    public static BenchCorpus Corpus() => new("/tmp/bench/corpus/input", "/tmp/bench/corpus/queries.txt", 2000, 57, 10_604_567, 2.26, 16);

    /// <summary>A whole run with every figure present and the anchors compared.</summary>
    public static BenchResult FullResult()
    {
        var build = Build();
        var queries = Queries();
        var anchors = Anchors();
        return new BenchResult(Machine(), 2000, 42, Corpus(), build, [11.65, 13.246, 15.143], queries, Incremental(), [],
            anchors, null, Comparison.Of(build, queries, anchors));
    }

    /// <summary>A run without search, incremental figure or anchors.</summary>
    public static BenchResult BareResult() =>
        new(Machine(commit: null), 2000, 42, Corpus(), Build(search: false), [13.246], null, null,
            ["incremental rebuild: n/a (the one-record update failed.)"], null, null, []);
}
