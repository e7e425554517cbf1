using System.Text.Json;
using IprArchive.Bench;

namespace IprArchive.Bench.Tests;

/// <summary>The JSON a reader of bench/results/ relies on, and the tables <c>iprarchive bench</c> prints.</summary>
public sealed class BenchReportTests
{
    [Fact]
    public async Task The_json_holds_the_machine_corpus_median_build_every_run_queries_incremental_anchors_and_ratios()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "results", "nested", "bench-2000.json");

        await BenchReport.WriteJsonAsync(BenchSamples.FullResult(), path);

        var text = await File.ReadAllTextAsync(path);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Contains("\"git_commit\": \"e38b48f033ce+dirty\"", text, StringComparison.Ordinal);
        Assert.Equal(2, root.GetProperty("machine").GetProperty("cpus").GetInt32());
        Assert.Equal("2026-11-26T17:10:14Z", root.GetProperty("machine").GetProperty("date").GetString());
        Assert.Equal(2000, root.GetProperty("records").GetInt32());
        Assert.Equal(42, root.GetProperty("seed").GetInt32());
        Assert.Equal(16, root.GetProperty("corpus").GetProperty("slugs_added").GetInt32());

        var build = root.GetProperty("build");
        Assert.Equal(13.246, build.GetProperty("wall_seconds").GetDouble());
        Assert.Equal(390_574_080, build.GetProperty("peak_working_set_bytes").GetInt64());
        Assert.Equal(7.57, build.GetProperty("pipeline_seconds").GetProperty("SearchIndex").GetDouble());
        Assert.Equal(2678, build.GetProperty("search_export").GetProperty("files").GetInt32());
        Assert.Equal(new[] { 11.65, 13.246, 15.143 }, root.GetProperty("build_wall_seconds_of_runs").EnumerateArray().Select(e => e.GetDouble()));

        var queries = root.GetProperty("queries");
        Assert.Equal(58694, queries.GetProperty("bytes").GetProperty("p90").GetDouble());
        Assert.Equal(1411, queries.GetProperty("median_bytes_by_part").GetProperty("shard-table").GetDouble());
        Assert.Equal(35625, queries.GetProperty("engine_js").GetProperty("gzip_bytes").GetInt64());

        var incremental = root.GetProperty("incremental");
        Assert.Equal(0.939, incremental.GetProperty("seconds").GetDouble());
        Assert.Equal(0.535, incremental.GetProperty("pipeline_seconds").GetProperty("Content Process PrepareAnnouncementPage").GetDouble());

        var anchors = root.GetProperty("anchors");
        Assert.Equal(4.43, anchors.GetProperty("pagefind_wall_seconds").GetDouble());
        Assert.Equal(4.17, anchors.GetProperty("raw").GetProperty("hugo").GetProperty("wall_s").GetDouble());

        var wall = root.GetProperty("ratios")[0];
        Assert.Equal("full build wall time", wall.GetProperty("figure").GetString());
        Assert.Equal(8.6, wall.GetProperty("theirs").GetDouble(), 9);
        Assert.Equal(1.5402, wall.GetProperty("value").GetDouble(), 4);
    }

    [Fact]
    public async Task Missing_figures_are_null_in_the_json_beside_the_note_that_says_why()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "bench.json");

        await BenchReport.WriteJsonAsync(BenchSamples.BareResult(), path);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var root = json.RootElement;
        foreach (var name in new[] { "queries", "incremental", "anchors" })
        {
            Assert.Equal(JsonValueKind.Null, root.GetProperty(name).ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, root.GetProperty("build").GetProperty("search_export").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("machine").GetProperty("git_commit").ValueKind);
        Assert.Equal(0, root.GetProperty("ratios").GetArrayLength());
        Assert.StartsWith("incremental rebuild: n/a", root.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ratio_against_a_zero_or_missing_anchor_figure_is_written_as_a_named_literal_and_printed_as_such()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "bench.json");
        var result = BenchSamples.FullResult() with { Ratios = [new Ratio("output bytes", 76.2, 0, "MiB"), new Ratio("peak memory", 372, double.NaN, "MiB")] };

        await BenchReport.WriteJsonAsync(result, path);
        var printed = Print(result);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var ratios = json.RootElement.GetProperty("ratios");
        Assert.Equal("Infinity", ratios[0].GetProperty("value").GetString());
        Assert.Equal("NaN", ratios[1].GetProperty("value").GetString());
        Assert.Contains("| output bytes | 76.2 MiB | 0 MiB | Infinity |  |", printed);
        Assert.Contains("| peak memory | 372 MiB | NaN MiB | NaN |  |", printed);
    }

    [Fact]
    public void The_figures_table_shows_the_median_build_every_run_pipelines_slowest_first_search_and_the_incremental_share()
    {
        var lines = Print(BenchSamples.FullResult());

        Assert.Contains(lines, l => l.StartsWith("IprArchive bench: 2000 records (seed 42), 2 cores, 23.5 GiB, 2026-11-26T17:10:14Z, commit e38b48f033ce+dirty", StringComparison.Ordinal));
        Assert.Contains("| corpus | 2000 records (57 in Chinese), 10.1 MiB of Markdown (16 given a slug to keep addresses unique) |", lines);
        Assert.Contains("| full build wall | 13.25 s (runs: 11.65, 13.25, 15.14) |", lines);
        Assert.Contains("| full build CPU | 19.47 s |", lines);
        Assert.Contains("| peak working set | 372 MiB |", lines);
        Assert.Equal(
            new[] { "|   pipeline SearchIndex | 7.57 s |", "|   pipeline Content | 6.00 s |", "|   pipeline Archives | 2.02 s |" },
            lines.Where(l => l.StartsWith("|   pipeline ", StringComparison.Ordinal)));
        Assert.Contains("| output | 6084 files, 76.2 MiB (2985 HTML) |", lines);
        Assert.Contains("| search export | 2678 files, 7.0 MiB |", lines);
        Assert.Contains("|   split (apparent bytes) | site HTML 60.0 MiB, search 7.0 MiB, other 9.2 MiB (421 files: feeds, sitemap, JSON, assets) |", lines);
        Assert.Contains("| cold-query bytes median / p90 / max | 43.1 / 57.3 / 78.4 KiB |", lines);
        Assert.Contains("|   median by part | columns 14.7 KiB, documents 20.8 KiB, manifest 1.4 KiB, shard-table 1.4 KiB, terms 5.2 KiB |", lines);
        Assert.Contains("| engine JS (plain / gzip) | 93.5 / 34.8 KiB in 17 files |", lines);
        Assert.Contains("| query time median cold / warm | 19.6 / 11.53 ms (200 queries, 14 without hits) |", lines);
        Assert.Contains("| one-record incremental rebuild | 0.939 s = 7.1% of the full build (3 files rewritten; "
            + "announcements/2026/2026-10-27-huang-yu-meets-partners-on-smes.md; the session's own full build: 13.15 s) |", lines);
    }

    [Fact]
    public void The_update_rows_show_every_pipeline_but_only_the_modules_that_took_50_ms_or_more()
    {
        var lines = Print(BenchSamples.FullResult());

        Assert.Equal(
            new[] { "|   update: Content | 0.673 s |", "|   update: Content Process PrepareAnnouncementPage | 0.535 s |", "|   update: Feeds | 0.001 s |" },
            lines.Where(l => l.StartsWith("|   update: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_ratio_table_follows_the_figures_with_ours_theirs_and_the_ratio_to_two_places()
    {
        var lines = Print(BenchSamples.FullResult());

        var header = Array.IndexOf(lines, "| ours ÷ Hugo + Pagefind | ours | theirs | ratio | how |");
        Assert.True(header > Array.IndexOf(lines, "| full build wall | 13.25 s (runs: 11.65, 13.25, 15.14) |"));
        Assert.Equal("| full build wall time | 13.25 s | 8.6 s | 1.54 | ours: site + search; theirs: Hugo + Pagefind run one after the other |", lines[header + 2]);
        Assert.Equal("| cold-query bytes, p90 | 57.32 KiB | 247.06 KiB | 0.23 |  |", lines[header + 7]);
        Assert.Equal(9, lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Count());
    }

    [Fact]
    public void Without_search_incremental_figure_or_anchors_the_rows_say_n_a_the_notes_say_why_and_no_ratio_table_is_printed()
    {
        var lines = Print(BenchSamples.BareResult());

        Assert.Contains(lines, l => l.EndsWith(", commit ?", StringComparison.Ordinal));
        foreach (var figure in new[] { "search export", "cold-query bytes median / p90 / max", "  median by part", "engine JS (plain / gzip)", "query time median cold / warm", "one-record incremental rebuild" })
        {
            Assert.Contains($"| {figure} | n/a |", lines);
        }

        Assert.Contains("note: incremental rebuild: n/a (the one-record update failed.)", lines);
        Assert.DoesNotContain(lines, l => l.Contains('÷', StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("|   update: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bundled_site_build_is_a_row_before_the_corpus_build_and_an_object_in_the_json()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "bench.json");
        var result = BenchSamples.FullResult() with { BundledSite = new BundledSiteFigures(31, 0.671, [0.702, 0.671, 0.649, 0.688, 0.664], 0.93) };

        await BenchReport.WriteJsonAsync(result, path);
        var lines = Print(result);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var bundled = json.RootElement.GetProperty("bundled_site");
        Assert.Equal(31, bundled.GetProperty("records").GetInt32());
        Assert.Equal(0.671, bundled.GetProperty("wall_seconds").GetDouble());
        Assert.Equal(5, bundled.GetProperty("wall_seconds_of_runs").GetArrayLength());
        var row = Array.FindIndex(lines, l => l == "| bundled site build wall (process start to exit) | 0.67 s, 31 records (runs: 0.70, 0.67, 0.65, 0.69, 0.66; CPU 0.93 s) |");
        Assert.True(row >= 0 && row < Array.FindIndex(lines, l => l.StartsWith("| full build wall |", StringComparison.Ordinal)), string.Join('\n', lines));
        Assert.Equal(JsonValueKind.Null, await BundledSiteIn(BenchSamples.FullResult(), folder.Root));
    }

    private static async Task<JsonValueKind> BundledSiteIn(BenchResult result, string folder)
    {
        var path = Path.Combine(folder, "without.json");
        await BenchReport.WriteJsonAsync(result, path);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        return json.RootElement.GetProperty("bundled_site").ValueKind;
    }

    private static string[] Print(BenchResult result)
    {
        using var output = new StringWriter();
        BenchReport.Print(result, output);
        return output.ToString().Split(Environment.NewLine);
    }
}
