using IprArchive.Bench;

namespace IprArchive.Bench.Tests;

/// <summary>The ratio table of <c>--compare-anchors</c>: ours ÷ theirs, and what is left out when a side has no figure.</summary>
public sealed class ComparisonTests
{
    [Fact]
    public void Anchor_figures_are_read_from_anchors_json_with_pagefinds_index_data_rather_than_all_its_files()
    {
        var anchors = BenchSamples.Anchors();

        Assert.Equal<(double, double, double)>((4.17, 7.26, 332.2), (anchors.HugoWallSeconds, anchors.HugoCpuSeconds, anchors.HugoPeakMb));
        Assert.Equal(new FileTally(3841, 26_490_914), anchors.HugoOutput);
        Assert.Equal<(double?, double?, double?)>((4.43, 6.1, 704.7), (anchors.PagefindWallSeconds, anchors.PagefindCpuSeconds, anchors.PagefindPeakMb));
        Assert.Equal(new FileTally(2156, 9_308_437), anchors.PagefindIndex);
        Assert.Equal(new Spread(216654, 252985, 293237), anchors.ColdBytes);
        Assert.Equal(new Spread(152273, 188604, 228856), anchors.ColdBytesGzipJs);
        Assert.Equal<(double?, double?)>((233.1, 14.6), (anchors.ColdMsMedian, anchors.WarmMsMedian));
        Assert.Equal("2000", anchors.Raw.GetProperty("n").GetString());
    }

    [Fact]
    public void Every_ratio_is_ours_divided_by_theirs_as_docs_benchmarks_quotes_for_2000_records()
    {
        var ratios = Comparison.Of(BenchSamples.Build(), BenchSamples.Queries(), BenchSamples.Anchors());

        // docs/benchmarks.md, 2,000 records: 1.54, 1.46, 0.53, 2.23, 0.20 (0.23), 0.65, 0.52, 0.08.
        var expected = new (string Figure, double Ours, double Theirs, double Value)[]
        {
            ("full build wall time", 13.246, 4.17 + 4.43, 1.5402),
            ("full build CPU time", 19.47, 7.26 + 6.1, 1.4573),
            ("peak memory", 372.4805, 704.7, 0.5286),
            ("output bytes", 76.1567, 34.1409, 2.2307),
            ("cold-query bytes, median", 43.0996, 211.5762, 0.2037),
            ("cold-query bytes, p90", 57.3184, 247.0557, 0.2320),
            ("cold-query bytes + engine JS, median", 136.6357, 211.5762, 0.6458),
            ("same, JS gzipped", 77.8896, 148.7041, 0.5238),
            ("cold query time, median", 19.61, 233.1, 0.0841),
        };
        Assert.Equal(expected.Select(e => e.Figure), ratios.Select(r => r.Figure));
        foreach (var (e, r) in expected.Zip(ratios))
        {
            Assert.Equal(e.Ours, r.Ours, 4);
            Assert.Equal(e.Theirs, r.Theirs, 4);
            Assert.Equal(e.Value, r.Value, 4);
        }
    }

    [Fact]
    public void Without_pagefind_theirs_is_hugo_alone_and_no_search_ratio_is_formed()
    {
        var anchors = BenchSamples.Anchors(BenchSamples.HugoOnlyAnchorsJson);

        var ratios = Comparison.Of(BenchSamples.Build(), BenchSamples.Queries(), anchors);

        Assert.Null(anchors.PagefindIndex);
        Assert.Null(anchors.ColdBytes);
        Assert.Equal(new[] { "full build wall time", "full build CPU time", "peak memory", "output bytes" }, ratios.Select(r => r.Figure));
        Assert.Equal(new[] { 4.17, 7.26, 332.2, 26_490_914 / 1024.0 / 1024.0 }, ratios.Select(r => r.Theirs));
        Assert.Contains("theirs: Hugo run", ratios[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_our_search_index_only_the_build_ratios_are_formed_and_the_note_says_so()
    {
        var ratios = Comparison.Of(BenchSamples.Build(search: false), queries: null, BenchSamples.Anchors());

        Assert.Equal(4, ratios.Count);
        Assert.StartsWith("ours: site only, no search yet; theirs: Hugo + Pagefind", ratios[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_pagefinds_cold_query_time_the_byte_ratios_are_kept_and_the_time_ratio_left_out()
    {
        var anchors = BenchSamples.Anchors() with { ColdMsMedian = null };

        var ratios = Comparison.Of(BenchSamples.Build(), BenchSamples.Queries(), anchors);

        Assert.Equal(8, ratios.Count);
        Assert.DoesNotContain(ratios, r => r.Figure.Contains("time, median", StringComparison.Ordinal));
        Assert.Contains(ratios, r => r.Figure == "same, JS gzipped");
    }

    [Fact]
    public void A_hugo_figure_missing_from_anchors_json_gives_a_ratio_that_is_not_a_number_rather_than_a_made_up_one()
    {
        var anchors = BenchSamples.Anchors(BenchSamples.HugoOnlyAnchorsJson.Replace("\"wall_s\": 4.17", "\"wall_s\": null", StringComparison.Ordinal));

        var wall = Comparison.Of(BenchSamples.Build(), null, anchors)[0];

        Assert.True(double.IsNaN(wall.Value));
    }

    [Theory]
    [InlineData(2.0, double.PositiveInfinity)]
    [InlineData(0.0, double.NaN)]
    public void A_zero_anchor_figure_gives_a_ratio_that_is_not_finite(double ours, double expected)
    {
        Assert.Equal(expected, new Ratio("x", ours, 0, "s").Value);
    }

    [Fact]
    public void With_our_engine_also_in_chromium_the_search_ratios_compare_both_engines_counted_the_same_way()
    {
        var ours = new BrowserQueries("iprarchive", 200, 12, new Spread(150_000, 170_000, 200_000), new Spread(80_000, 95_000, 120_000),
            new Dictionary<string, double>(), 16, new Spread(420, 520), new Spread(6, 9), "156");

        var ratios = Comparison.Of(BenchSamples.Build(), BenchSamples.Queries(), BenchSamples.Anchors(), ours);

        var chromium = ratios.Where(r => r.Figure.StartsWith("Chromium:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[] { "Chromium: cold-query bytes, JS gzipped, median", "Chromium: cold-query bytes, JS gzipped, p90", "Chromium: cold query time, median", "Chromium: warm query time, median" },
            chromium.Select(r => r.Figure));
        Assert.Equal(80_000 / 152_273.0, chromium[0].Value, 6);
        Assert.Equal(95_000 / 188_604.0, chromium[1].Value, 6);
        Assert.Equal(420 / 233.1, chromium[2].Value, 6);
        Assert.Equal(6 / 14.6, chromium[3].Value, 6);
        Assert.DoesNotContain(ratios, r => r.Figure == "cold query time, median");
    }
}
