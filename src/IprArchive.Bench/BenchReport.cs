using IprArchive.Bench.Corpus;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IprArchive.Bench;

/// <summary>Everything one <c>iprarchive bench</c> run measured; written as JSON, printed as tables.</summary>
/// <param name="Machine">Where and when it ran.</param>
/// <param name="Records">Records asked for.</param>
/// <param name="Seed">Generator seed.</param>
/// <param name="Corpus">The generated input.</param>
/// <param name="Build">The build with the median wall time.</param>
/// <param name="BuildWallSecondsOfRuns">Wall time of every build run, in order.</param>
/// <param name="Queries">Query figures, null when the build wrote no search index.</param>
/// <param name="Incremental">One-record incremental rebuild, null when it failed (see <paramref name="Notes"/>).</param>
/// <param name="Notes">Why a figure is missing.</param>
/// <param name="Anchors">Hugo's and Pagefind's figures from the same run, with <c>--compare-anchors</c>.</param>
/// <param name="OursInChromium">Our engine's queries in Chromium, counted as Pagefind's are, with <c>--compare-anchors</c>.</param>
/// <param name="Ratios">Ours ÷ theirs.</param>
/// <param name="BundledSite">The bundled site (<c>input/</c>) built from process start to exit: the fixed cost every build pays.</param>
public sealed record BenchResult(
    MachineInfo Machine,
    int Records,
    int Seed,
    BenchCorpus Corpus,
    BuildMeasurement Build,
    IReadOnlyList<double> BuildWallSecondsOfRuns,
    QueryFigures? Queries,
    IncrementalFigures? Incremental,
    IReadOnlyList<string> Notes,
    AnchorFigures? Anchors,
    BrowserQueries? OursInChromium,
    IReadOnlyList<Ratio> Ratios,
    BundledSiteFigures? BundledSite = null);

/// <summary>
/// The bundled site (<c>input/</c>, a few dozen records) built like the corpus, in a child process:
/// wall time from process start to exit is mostly the fixed cost (runtime start, JIT, first use
/// of every library), which editors meet on every build and preview start.
/// </summary>
/// <param name="Records">Records in <c>input/announcements</c>.</param>
/// <param name="WallSeconds">Median wall time.</param>
/// <param name="WallSecondsOfRuns">Every run's wall time, in order.</param>
/// <param name="CpuSeconds">CPU time of the median run.</param>
public sealed record BundledSiteFigures(int Records, double WallSeconds, IReadOnlyList<double> WallSecondsOfRuns, double CpuSeconds);

/// <summary>Prints a <see cref="BenchResult"/> as Markdown tables and writes it as JSON.</summary>
public static class BenchReport
{
    private const double MiB = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // "+dirty", "÷" as written; the file is never embedded in HTML
    };

    /// <summary>Writes the JSON file (folders created as needed).</summary>
    public static async Task WriteJsonAsync(BenchResult result, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, result, Json);
    }

    /// <summary>Prints the figures, then the ratios when the anchors ran.</summary>
    public static void Print(BenchResult r, TextWriter output)
    {
        var b = r.Build;
        var q = r.Queries;
        output.WriteLine();
        output.WriteLine($"IprArchive bench: {r.Corpus.Records} records (seed {r.Seed}), {r.Machine.Cpus} cores, {r.Machine.MemoryGib} GiB, {r.Machine.Date}, commit {r.Machine.GitCommit ?? "?"}");
        output.WriteLine();
        output.WriteLine("| figure | value |");
        output.WriteLine("|---|---|");
        Row(output, "corpus", $"{r.Corpus.Records} records ({r.Corpus.ChineseRecords} in Chinese), {r.Corpus.Bytes / MiB:0.0} MiB of Markdown ({r.Corpus.SlugsAdded} given a slug to keep addresses unique)");
        if (r.BundledSite is { } small)
        {
            Row(output, "bundled site build wall (process start to exit)", $"{small.WallSeconds:0.00} s, {small.Records} records (runs: {string.Join(", ", small.WallSecondsOfRuns.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))}; CPU {small.CpuSeconds:0.00} s)");
        }

        Row(output, "full build wall", $"{b.WallSeconds:0.00} s (runs: {string.Join(", ", r.BuildWallSecondsOfRuns.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))})");
        Row(output, "full build CPU", $"{b.CpuSeconds:0.00} s");
        Row(output, "peak working set", $"{b.PeakWorkingSetBytes / MiB:0} MiB");
        foreach (var (pipeline, seconds) in b.PipelineSeconds.OrderByDescending(p => p.Value))
        {
            Row(output, $"  pipeline {pipeline}", $"{seconds:0.00} s");
        }

        Row(output, "output", $"{b.Output.Files} files, {b.Output.Bytes / MiB:0.0} MiB ({b.HtmlFiles} HTML)");
        Row(output, "search export", b.SearchExport is { } s ? $"{s.Files} files, {s.Bytes / MiB:0.0} MiB" : "n/a");
        Row(output, "  split (apparent bytes)", $"site HTML {b.Html.Bytes / MiB:0.0} MiB, search {(b.SearchExport?.Bytes ?? 0) / MiB:0.0} MiB, other {b.Other.Bytes / MiB:0.0} MiB ({b.Other.Files} files: feeds, sitemap, JSON, assets)");
        Row(output, "cold-query bytes median / p90 / max", q is null ? "n/a" : $"{q.Bytes.Median / 1024:0.0} / {q.Bytes.P90 / 1024:0.0} / {q.Bytes.Max / 1024:0.0} KiB");
        Row(output, "  median by part", q is null ? "n/a" : string.Join(", ", q.MedianBytesByPart.Select(p => $"{p.Key} {p.Value / 1024:0.0} KiB")));
        if (q?.BytesWithFacets is { } withFacets)
        {
            Row(output, "  with the facet counts that follow, median / p90", $"{withFacets.Median / 1024:0.0} / {withFacets.P90 / 1024:0.0} KiB");
        }

        Row(output, "engine JS (plain / gzip)", q is null ? "n/a" : $"{q.EngineJs.Bytes / 1024.0:0.0} / {q.EngineJs.GzipBytes / 1024.0:0.0} KiB in {q.EngineJs.Files} files");
        Row(output, "query time median cold / warm", q is null ? "n/a" : $"{q.ColdMs.Median:0.0} / {q.WarmMs.Median:0.00} ms ({q.Queries} queries, {q.ZeroHitQueries} without hits)");
        Row(output, "one-record incremental rebuild", r.Incremental is { } inc
            ? $"{inc.Seconds:0.000} s = {inc.Seconds / b.WallSeconds:0.0%} of the full build ({inc.FilesWritten} files rewritten; {inc.Record}; the session's own full build: {inc.FullBuildSeconds:0.00} s)"
            : "n/a");
        foreach (var (pipeline, seconds) in (r.Incremental?.PipelineSeconds ?? new Dictionary<string, double>()).Where(p => !p.Key.Contains(' ', StringComparison.Ordinal) || p.Value >= 0.05))
        {
            Row(output, $"  update: {pipeline}", $"{seconds:0.000} s");
        }

        if (r.OursInChromium is { } c)
        {
            Row(output, "in Chromium: cold-query bytes median / p90 (JS gzip)", $"{c.BytesGz.Median / 1024:0.0} / {c.BytesGz.P90 / 1024:0.0} KiB ({c.Queries} queries, {c.Chromium})");
            if (c.FacetBytesGz is { } f)
            {
                Row(output, "in Chromium: then facet counts, median / p90", $"{f.Median / 1024:0.0} / {f.P90 / 1024:0.0} KiB more, after the first results");
            }

            Row(output, "in Chromium: query time median cold / warm", $"{c.ColdMs.Median:0.0} / {c.WarmMs.Median:0.0} ms");
        }

        foreach (var note in r.Notes)
        {
            output.WriteLine($"note: {note}");
        }

        if (r.Ratios.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("| ours ÷ Hugo + Pagefind | ours | theirs | ratio | how |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (var ratio in r.Ratios)
            {
                output.WriteLine(FormattableString.Invariant($"| {ratio.Figure} | {ratio.Ours:0.##} {ratio.Unit} | {ratio.Theirs:0.##} {ratio.Unit} | {ratio.Value:0.00} | {ratio.Note} |"));
            }
        }
    }

    private static void Row(TextWriter output, string figure, string value) => output.WriteLine($"| {figure} | {value} |");
}
