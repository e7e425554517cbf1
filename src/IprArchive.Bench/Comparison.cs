namespace IprArchive.Bench;

/// <summary>One of our figures beside the anchors' (Hugo + Pagefind) on the same corpus: ours ÷ theirs.</summary>
/// <param name="Figure">What is compared.</param>
/// <param name="Ours">Our value.</param>
/// <param name="Theirs">Hugo's and/or Pagefind's value, in the same unit.</param>
/// <param name="Unit">Unit of both values.</param>
/// <param name="Note">How the figures were taken, when it matters for reading the ratio.</param>
public sealed record Ratio(string Figure, double Ours, double Theirs, string Unit, string Note = "")
{
    /// <summary>Ours ÷ theirs; below 1 means we do better on a smaller-is-better figure.</summary>
    public double Value => Ours / Theirs;
}

/// <summary>Builds the ratio table of <c>--compare-anchors</c>.</summary>
public static class Comparison
{
    private const double MiB = 1024 * 1024;

    /// <summary>The ratios that can be formed from what was measured (search ratios only when both sides have search figures).</summary>
    public static IReadOnlyList<Ratio> Of(BuildMeasurement build, QueryFigures? queries, AnchorFigures anchors, BrowserQueries? oursInChromium = null)
    {
        var ratios = new List<Ratio>();
        var pagefindWall = anchors.PagefindWallSeconds ?? 0;
        var pagefindCpu = anchors.PagefindCpuSeconds ?? 0;
        var pagefindPeak = anchors.PagefindPeakMb ?? 0;
        var site = anchors.PagefindWallSeconds is null ? "Hugo" : "Hugo + Pagefind";
        ratios.Add(new Ratio("full build wall time", build.WallSeconds, anchors.HugoWallSeconds + pagefindWall, "s", $"ours: site{(build.SearchExport is null ? " only, no search yet" : " + search")}; theirs: {site} run one after the other"));
        ratios.Add(new Ratio("full build CPU time", build.CpuSeconds, anchors.HugoCpuSeconds + pagefindCpu, "s", "user + system"));
        ratios.Add(new Ratio("peak memory", build.PeakWorkingSetBytes / MiB, Math.Max(anchors.HugoPeakMb, pagefindPeak), "MiB", "theirs: the larger of the two processes"));
        ratios.Add(new Ratio("output bytes", build.Output.Bytes / MiB, (anchors.HugoOutput.Bytes + (anchors.PagefindIndex?.Bytes ?? 0)) / MiB, "MiB", "theirs: Hugo's public/ + Pagefind's index data"));
        if (queries is null || anchors.ColdBytes is null || anchors.ColdBytesGzipJs is null)
        {
            return ratios;
        }

        ratios.Add(new Ratio("cold-query bytes, median", queries.Bytes.Median / 1024, anchors.ColdBytes.Median / 1024, "KiB", "ours: manifest + shards + first page's result files; theirs: also Pagefind's JS + wasm"));
        ratios.Add(new Ratio("cold-query bytes, p90", queries.Bytes.P90 / 1024, anchors.ColdBytes.P90 / 1024, "KiB"));
        ratios.Add(new Ratio("cold-query bytes + engine JS, median", (queries.Bytes.Median + queries.EngineJs.Bytes) / 1024, anchors.ColdBytes.Median / 1024, "KiB", "both with their JS as stored (plain)"));
        ratios.Add(new Ratio("same, JS gzipped", (queries.Bytes.Median + queries.EngineJs.GzipBytes) / 1024, anchors.ColdBytesGzipJs.Median / 1024, "KiB", "both with their JS counted gzip -6"));
        if (oursInChromium is { } c)
        {
            // Both engines in the same browser, through the same counting server: the fair comparison.
            ratios.Add(new Ratio("Chromium: cold-query bytes, JS gzipped, median", c.BytesGz.Median / 1024, anchors.ColdBytesGzipJs.Median / 1024, "KiB", "both in Chromium, fresh context per query, engine JS included"));
            ratios.Add(new Ratio("Chromium: cold-query bytes, JS gzipped, p90", c.BytesGz.P90 / 1024, anchors.ColdBytesGzipJs.P90 / 1024, "KiB"));
            if (anchors.ColdMsMedian is { } cold && anchors.WarmMsMedian is { } warm)
            {
                ratios.Add(new Ratio("Chromium: cold query time, median", c.ColdMs.Median, cold, "ms", "engine load + search + first results over loopback"));
                ratios.Add(new Ratio("Chromium: warm query time, median", c.WarmMs.Median, warm, "ms", "the query again in a page that ran every query"));
            }
        }
        else if (anchors.ColdMsMedian is { } coldMs)
        {
            ratios.Add(new Ratio("cold query time, median", queries.ColdMs.Median, coldMs, "ms", "ours in Node from disk; theirs in headless Chromium over loopback (wasm start-up included)"));
        }

        return ratios;
    }
}
