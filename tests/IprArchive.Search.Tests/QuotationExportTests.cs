using System.IO.Compression;
using System.Text.Json;
using IprArchive.Search.Indexing;

namespace IprArchive.Search.Tests;

/// <summary>What the static export carries for quotations (docs/search-format.md).</summary>
public sealed class QuotationExportTests : IDisposable
{
    private const string RecordUrl = "/announcements/2021/gan/";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ipr-quote-export-" + Guid.NewGuid().ToString("N"));

    private static readonly SearchDocument Record = new()
    {
        Url = RecordUrl, Title = "Gan on cooperation", Date = new DateOnly(2021, 11, 1), Event = "SCIO briefing",
        Organizations = [new("cnipa", "CNIPA")], Speakers = [new("gan", "Gan Shaoning"), new("shen", "Shen Changyu")],
        Paragraphs = ["Opening words.", "\"We will stick to multilateralism,\" said Gan."],
    };

    private static readonly IReadOnlyList<SearchQuotation> Quotations =
    [
        new("q-1", "Examination will be faster.", 1, true, new("shen", "Shen Changyu"), "Director, CNIPA"),
        new("q-2", "We will stick to multilateralism,", 1, false, new("gan", "Gan Shaoning"), "Deputy head, CNIPA"),
    ];

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private Dictionary<string, JsonElement> ExportedResultFiles(IEnumerable<SearchDocument> documents)
    {
        var output = Path.Combine(_root, "search");
        SearchIndexPipeline.Run(SearchIndexBuilder.InDocumentOrder(documents), output, Path.Combine(_root, "index"));
        return Directory.EnumerateFiles(Path.Combine(output, "d"), "*.json.gz", SearchOption.AllDirectories).Select(f =>
        {
            using var gzip = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            return JsonDocument.Parse(gzip).RootElement.Clone();
        }).ToDictionary(e => e.GetProperty("url").GetString()!);
    }

    [Fact]
    public void A_quotations_result_file_says_what_it_is_who_said_it_and_where_and_its_records_file_where_its_quotations_are()
    {
        var files = ExportedResultFiles([.. SampleDocuments.All, .. QuotationSubDocuments.Expand(Record, Quotations)]);

        var quote = files[RecordUrl + "#q-2"];
        Assert.Equal("quote", quote.GetProperty("type").GetString());
        Assert.Equal("Deputy head, CNIPA", quote.GetProperty("credit").GetString());
        Assert.Equal("SCIO briefing", quote.GetProperty("event").GetString());
        Assert.Equal(["Gan Shaoning"], quote.GetProperty("speakers").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["We will stick to multilateralism,"], quote.GetProperty("paragraphs").EnumerateArray().Select(s => s.GetString()));

        var record = files[RecordUrl];
        Assert.False(record.TryGetProperty("type", out _));
        Assert.Equal(["p-1", "q-1", "p-2"], record.GetProperty("anchors").EnumerateArray().Select(s => s.GetString()));
        var range = record.GetProperty("quotes").EnumerateArray().Single().EnumerateArray().ToList();
        Assert.Equal((2, 1, 34, "q-2"), (range[0].GetInt32(), range[1].GetInt32(), range[2].GetInt32(), range[3].GetString()));

        var plain = files["/announcements/2019/gurry-filings/"];
        Assert.False(plain.TryGetProperty("anchors", out _));
        Assert.False(plain.TryGetProperty("quotes", out _));
    }

    [Fact]
    public void A_quotation_that_does_not_share_its_records_organisations_is_refused()
    {
        var expanded = QuotationSubDocuments.Expand(Record, Quotations);
        var wrong = expanded.Select(d => d.Type == DocumentTypes.Quote ? d with { Organizations = [] } : d);

        var error = Assert.Throws<InvalidOperationException>(() => ExportedResultFiles(wrong));
        Assert.Contains(RecordUrl + "#q-", error.Message, StringComparison.Ordinal);
    }
}
