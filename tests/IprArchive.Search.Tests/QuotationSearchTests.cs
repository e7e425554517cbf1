using IprArchive.Search.Indexing;
using IprArchive.Search.Querying;
using Lucene.Net.Store;

namespace IprArchive.Search.Tests;

/// <summary>Quotations indexed as sub-documents of their record: what a search shows and where it links.</summary>
public sealed class QuotationSearchTests : IDisposable
{
    private const string RecordUrl = "/announcements/2021/gan-cooperation/";
    private static readonly SearchEntity Gan = new("gan-shaoning", "Gan Shaoning");
    private static readonly SearchEntity Shen = new("shen-changyu", "Shen Changyu");
    private const string GanWords = "We will firmly stick to the path of multilateralism,";

    private static readonly SearchDocument Record = new()
    {
        Url = RecordUrl, Title = "China to boost IPR cooperation", Date = new DateOnly(2021, 11, 1),
        Summary = "Three lines of action.", Event = "SCIO press conference", Topics = ["cooperation"],
        Organizations = [new("cnipa", "CNIPA", ["SIPO"])], Speakers = [Gan, Shen],
        Paragraphs =
        [
            "China will deepen cooperation with WIPO, officials announced.",
            $"\u201C{GanWords}\u201D said Gan at the briefing in Beijing.",
            "Reporters asked: \"trademarks are the face of every company\" somebody noted.",
        ],
    };

    private static readonly IReadOnlyList<SearchQuotation> Quotations =
    [
        new("q-1", GanWords, 1, false, Gan, "Deputy head, CNIPA"),
        new("q-2", "Examination of patents will be faster in every province.", 2, true, Shen, "Director, CNIPA"),
        new("q-3", "trademarks are the face of every company", 2, false),
    ];

    private readonly RAMDirectory _directory = new();
    private readonly SearchService _service;

    public QuotationSearchTests()
    {
        var documents = SampleDocuments.All.Concat(QuotationSubDocuments.Expand(Record, Quotations));
        SearchIndexBuilder.Build(SearchIndexBuilder.InDocumentOrder(documents), _directory);
        _service = new SearchService(_directory);
    }

    public void Dispose()
    {
        _service.Dispose();
        _directory.Dispose();
    }

    private SearchResult Search(string query, bool quotes = false, Dictionary<string, IReadOnlyList<string>>? filters = null)
    {
        filters ??= [];
        if (quotes) filters[DocumentTypes.Field] = [DocumentTypes.Quote];
        return _service.Search(new SearchRequest { Query = query, Filters = filters });
    }

    [Fact]
    public void A_record_is_followed_by_one_document_per_quotation_with_its_metadata_and_only_the_credited_speaker()
    {
        var documents = QuotationSubDocuments.Expand(Record, Quotations);

        Assert.Equal([RecordUrl, RecordUrl + "#q-1", RecordUrl + "#q-2", RecordUrl + "#q-3"], documents.Select(d => d.Url));
        var (record, gan, shen, nobody) = (documents[0], documents[1], documents[2], documents[3]);
        Assert.Equal(DocumentTypes.Announcement, record.Type);
        Assert.All(documents.Skip(1), q =>
        {
            Assert.Equal(DocumentTypes.Quote, q.Type);
            Assert.Equal((Record.Title, Record.Date, Record.Event, Record.Language), (q.Title, q.Date, q.Event, q.Language));
            Assert.Equal(Record.Organizations, q.Organizations);
            Assert.Equal(Record.Topics, q.Topics);
            Assert.Equal("", q.Summary);
        });
        Assert.Equal([GanWords], gan.Paragraphs);
        Assert.Equal([Gan], gan.Speakers);
        Assert.Equal("Deputy head, CNIPA", gan.Credit);
        Assert.Equal([Shen], shen.Speakers);
        Assert.Empty(nobody.Speakers);
    }

    [Fact]
    public void The_record_gains_its_block_quotation_as_a_passage_and_knows_where_its_inline_ones_are()
    {
        var record = QuotationSubDocuments.Expand(Record, Quotations)[0];

        Assert.Equal(4, record.Paragraphs.Count);
        Assert.Equal(Quotations[1].Text, record.Paragraphs[2]);
        Assert.Equal(["p-1", "p-2", "q-2", "p-3"], record.Anchors);
        Assert.Equal(["q-1", "q-3"], record.QuotedRanges.Select(r => r.Anchor));
        Assert.All(record.QuotedRanges, r =>
            Assert.Equal(Quotations.Single(q => q.Anchor == r.Anchor).Text, record.Paragraphs[r.Paragraph][r.Start..r.End]));
        Assert.Equal(3, record.QuotedRanges[1].Paragraph);
    }

    [Fact]
    public void Quotation_documents_come_in_url_order_so_q_10_precedes_q_2_and_the_index_accepts_them()
    {
        var words = Enumerable.Range(1, 11).Select(i => $"statement number {i} was made").ToList();
        var record = Record with { Paragraphs = [string.Join(" ", words.Select(w => $"\"{w}\""))] };
        var quotations = words.Select((w, i) => new SearchQuotation($"q-{i + 1}", w, 0, false)).ToList();

        var documents = QuotationSubDocuments.Expand(record, quotations);

        Assert.Equal(["", "#q-1", "#q-10", "#q-11", "#q-2"], documents.Take(5).Select(d => d.Url[RecordUrl.Length..]));
        Assert.Equal(11, documents[0].QuotedRanges.Count);
        using var directory = new RAMDirectory();
        SearchIndexBuilder.Build(documents, directory);
        using var service = new SearchService(directory);
        Assert.Equal(12, service.DocumentCount);
    }

    [Fact]
    public void A_default_search_shows_records_only_and_counts_the_quotations_it_could_show()
    {
        var result = Search("multilateralism");

        var hit = Assert.Single(result.Hits);
        Assert.Equal(RecordUrl, hit.Url);
        Assert.Equal(DocumentTypes.Announcement, hit.Type);
        Assert.Equal(1, result.Quotations);
        Assert.Equal(0, Search("gurry").Quotations);
        Assert.DoesNotContain(Search("patent OR cooperation OR trademarks").Hits, h => h.Url.Contains('#', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("multilateralism", "#q-1")]
    [InlineData("\"face of every company\"", "#q-3")]
    [InlineData("cooperation officials", "#p-1")]
    [InlineData("multilateralism beijing", "#p-2")]
    [InlineData("province", "#q-2")]
    public void A_record_hit_whose_marked_words_are_all_in_a_quotation_links_to_it(string query, string anchor)
    {
        var hit = Assert.Single(Search(query).Hits);

        Assert.Equal(RecordUrl, hit.Url);
        Assert.Equal(anchor, hit.Anchor);
    }

    [Fact]
    public void Asking_for_quotations_shows_them_with_the_quoted_words_marked_speaker_credit_and_event()
    {
        var result = Search("\"stick to the path\"", quotes: true);

        var hit = Assert.Single(result.Hits);
        Assert.Equal(RecordUrl + "#q-1", hit.Url);
        Assert.Equal("", hit.Anchor);
        Assert.Equal(DocumentTypes.Quote, hit.Type);
        Assert.Equal(["Gan Shaoning"], hit.Speakers);
        Assert.Equal("Deputy head, CNIPA", hit.Credit);
        Assert.Equal("SCIO press conference", hit.Event);
        Assert.Equal("2021-11-01", hit.Date);
        Assert.Contains("<mark>stick to the path</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"quote\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Type_in_the_query_decides_which_documents_are_shown()
    {
        Assert.Equal([RecordUrl + "#q-1"], Search("type:quote multilateralism").Hits.Select(h => h.Url));
        Assert.Equal([RecordUrl], Search("multilateralism -type:quote").Hits.Select(h => h.Url));
        Assert.Equal(3, Search("type:quote").Total);
        Assert.Equal(4, Search("multilateralism OR type:quote").Total);
    }

    [Fact]
    public void The_scope_never_changes_a_score()
    {
        var everything = Search("cnipa OR province OR multilateralism", filters: new() { [DocumentTypes.Field] = [DocumentTypes.Announcement, DocumentTypes.Quote] });
        var records = Search("cnipa OR province OR multilateralism");
        var quotes = Search("cnipa OR province OR multilateralism", quotes: true);

        Assert.Equal(everything.Total, records.Total + quotes.Total);
        foreach (var hit in records.Hits.Concat(quotes.Hits))
            Assert.Equal(everything.Hits.Single(h => h.Url == hit.Url).Score, hit.Score);
    }

    [Fact]
    public void Speaker_filters_and_facets_of_quotations_go_by_the_credited_speaker()
    {
        var all = Search("cnipa", quotes: true);
        Assert.Equal(3, all.Total);
        Assert.Equal(1, all.Facets["speaker"]["Gan Shaoning"]);
        Assert.Equal(1, all.Facets["speaker"]["Shen Changyu"]);

        var gan = Search("cnipa", quotes: true, filters: new() { ["speaker"] = ["Gan Shaoning"] });
        Assert.Equal([RecordUrl + "#q-1"], gan.Hits.Select(h => h.Url));
    }
}
