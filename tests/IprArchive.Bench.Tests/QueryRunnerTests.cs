using System.Text.Json;
using IprArchive.Bench;

namespace IprArchive.Bench.Tests;

/// <summary>The summary src/IprArchive.Bench/query-bytes.mjs writes (snake_case) must land in every figure the report prints.</summary>
public sealed class QueryRunnerTests
{
    [Fact]
    public void Every_summary_figure_of_query_bytes_mjs_is_read()
    {
        const string rows = """
            {
             "summary": {
              "queries": 200, "page_size": 10, "zero_hit_queries": 14, "error_queries": 1,
              "bytes": { "median": 44134, "p90": 58694, "max": 80264 },
              "median_bytes_by_part": { "columns": 15014, "documents": 21298, "manifest": 1463, "shard-table": 1411, "terms": 5293 },
              "requests_median": 14,
              "cold_ms": { "median": 19.61, "p90": 31.12 },
              "warm_ms": { "median": 11.53, "p90": 16.76 },
              "engine_js": { "files": 17, "bytes": 95781, "gzip_bytes": 35625 },
              "node": "v20.20.2"
             },
             "rows": [],
             "warm_ms": []
            }
            """;
        using var document = JsonDocument.Parse(rows);

        var figures = QueryRunner.ReadSummary(document.RootElement)!;

        Assert.Equal((200, 10, 14, 1), (figures.Queries, figures.PageSize, figures.ZeroHitQueries, figures.ErrorQueries));
        Assert.Equal(new Spread(44134, 58694, 80264), figures.Bytes);
        Assert.Equal(new[] { "columns", "documents", "manifest", "shard-table", "terms" }, figures.MedianBytesByPart.Keys);
        Assert.Equal(1411, figures.MedianBytesByPart["shard-table"]);
        Assert.Equal(14, figures.RequestsMedian);
        Assert.Equal(new Spread(19.61, 31.12), figures.ColdMs);
        Assert.Equal(new Spread(11.53, 16.76), figures.WarmMs);
        Assert.Equal(new EngineJs(17, 95781, 35625), figures.EngineJs);
    }

    [Fact]
    public void A_null_summary_reads_as_no_figures()
    {
        using var document = JsonDocument.Parse("""{ "summary": null, "rows": [] }""");

        Assert.Null(QueryRunner.ReadSummary(document.RootElement));
    }
}
