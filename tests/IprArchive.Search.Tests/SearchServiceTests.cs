using IprArchive.Search.Indexing;
using IprArchive.Search.Querying;
using Lucene.Net.Store;

namespace IprArchive.Search.Tests;

public sealed class SearchServiceTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly SearchService _service;

    public SearchServiceTests()
    {
        SearchIndexBuilder.Build(SearchIndexBuilder.InDocumentOrder(SampleDocuments.All), _directory);
        _service = new SearchService(_directory);
    }

    public void Dispose()
    {
        _service.Dispose();
        _directory.Dispose();
    }

    private SearchResult Search(string query, SearchSort sort = SearchSort.Relevance,
        Dictionary<string, IReadOnlyList<string>>? filters = null, DateOnly? from = null, DateOnly? to = null, int pageSize = 10) =>
        _service.Search(new SearchRequest
        {
            Query = query, Sort = sort, Filters = filters ?? [], From = from, To = to, PageSize = pageSize,
        });

    private static string[] Urls(SearchResult result) => result.Hits.Select(h => h.Url).ToArray();

    [Fact]
    public void Documents_are_numbered_in_date_order()
    {
        var result = Search("quality OR strategy OR plan OR filings", SearchSort.Date);
        Assert.Equal(
            ["/announcements/2021/shen-plan/", "/announcements/2020/shen-review/", "/announcements/2019/gurry-filings/", "/announcements/2016/campinos-quality/"],
            Urls(result));
    }

    [Fact]
    public void An_organisation_alias_finds_its_records()
    {
        var result = Search("SIPO");
        Assert.Equal(["/announcements/2020/shen-review/", "/announcements/2021/shen-plan/"], Urls(result).Order());
    }

    [Fact]
    public void Accents_are_folded_so_Antonio_finds_António()
    {
        Assert.Equal(["/announcements/2016/campinos-quality/"], Urls(Search("antonio")));
        Assert.Equal(["/announcements/2016/campinos-quality/"], Urls(Search("speaker:António")));
    }

    [Fact]
    public void Terms_are_ANDed_by_default_and_OR_widens()
    {
        Assert.Equal(["/announcements/2021/shen-plan/"], Urls(Search("shen plan")));
        Assert.Equal(3, Search("quality OR strategy OR plan").Total);
    }

    [Fact]
    public void Title_matches_outrank_body_matches()
    {
        var result = Search("strategy");
        Assert.Equal("/announcements/2020/shen-review/", result.Hits[0].Url);
    }

    [Fact]
    public void Phrases_need_adjacent_words_and_NOT_excludes()
    {
        Assert.Equal(["/announcements/2019/gurry-filings/"], Urls(Search("\"patent filings\"")));
        Assert.Empty(Search("\"filings patent\"").Hits);
        Assert.DoesNotContain("/announcements/2021/shen-plan/", Urls(Search("patent -shen")));
    }

    [Fact]
    public void Field_queries_use_aliases_and_keyword_fields()
    {
        Assert.Equal(["/announcements/2019/gurry-filings/"], Urls(Search("organisation:wipo year:2019")));
        Assert.Equal(4, Search("type:announcement").Total);
        Assert.Equal(["/announcements/2016/campinos-quality/"], Urls(Search("event:aippi")));
    }

    [Fact]
    public void Prefix_queries_score_a_constant_per_field()
    {
        var result = Search("body:exam*");
        Assert.Equal(["/announcements/2021/shen-plan/"], Urls(result));
        Assert.Equal(1f, result.Hits[0].Score);
    }

    [Fact]
    public void Cjk_text_is_searched_by_bigrams()
    {
        Assert.Equal(["/announcements/2020/shen-review/"], Urls(Search("知识产权")));
    }

    [Fact]
    public void Filters_restrict_hits_without_changing_scores()
    {
        var all = Search("patent OR shen");
        var filtered = Search("patent OR shen", filters: new() { ["speaker"] = ["Shen Changyu"] });
        Assert.Equal(2, filtered.Total);
        foreach (var hit in filtered.Hits)
            Assert.Equal(all.Hits.Single(h => h.Url == hit.Url).Score, hit.Score);
        Assert.Equal(["/announcements/2020/shen-review/"], Urls(Search("shen", from: new DateOnly(2020, 1, 1), to: new DateOnly(2020, 12, 31))));
    }

    [Fact]
    public void Facets_count_the_whole_result_set_not_the_page()
    {
        var result = Search("shen OR gurry", pageSize: 1);
        Assert.Single(result.Hits);
        Assert.Equal(3, result.Total);
        Assert.Equal(2, result.Facets["speaker"]["Shen Changyu"]);
        Assert.Equal(2, result.Facets["speaker"]["Francis Gurry"]);
        Assert.Equal(1, result.Facets["year"]["2019"]);
        Assert.Equal(1, result.Facets["plan"]["14th Five-Year Plan (2021-2025)"]);
    }

    [Fact]
    public void The_timeline_counts_hits_per_year_over_the_whole_range_with_zero_years()
    {
        var result = Search("shen OR gurry", pageSize: 1);

        // The sample archive runs from 2016 to 2021; nothing is dated 2017 or 2018.
        Assert.Equal(
            [new("2016", 0), new("2017", 0), new("2018", 0), new("2019", 1), new("2020", 1), new KeyValuePair<string, int>("2021", 1)],
            result.Timeline.ToList());
        Assert.Equal(result.Total, result.Timeline.Values.Sum());
        Assert.All(Search("nothingmatchesthis").Timeline.Values, n => Assert.Equal(0, n));
        Assert.Empty(Search("AND").Timeline);
    }

    [Fact]
    public void A_phrase_is_marked_whole_with_its_stop_words_and_other_terms_word_by_word()
    {
        Assert.Equal("Gurry noted that <mark>patent filings from China</mark> grew.", Search("\"patent filings from china\"").Hits.Single().Snippet);
        Assert.Equal("Gurry noted that <mark>patent</mark> <mark>filings</mark> from China grew.", Search("patent filings").Hits.Single().Snippet);
    }

    [Fact]
    public void Snippets_mark_terms_escape_html_and_point_at_the_paragraph()
    {
        var hit = Search("trade mark quality").Hits.Single();
        Assert.Equal("#p-2", hit.Anchor);
        Assert.Contains("&lt;script&gt;", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>quality</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("()")]
    [InlineData("a OR OR b")]
    public void Malformed_queries_get_a_friendly_message(string query)
    {
        var result = Search(query);
        Assert.Equal(0, result.Total);
        Assert.StartsWith("This search could not be understood", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"trade mark quality", "\"trade mark quality\"")]
    [InlineData("(SIPO", "(SIPO)")]
    [InlineData("SIPO)", "SIPO")]
    public void Unclosed_quotes_and_parentheses_are_mended_and_the_answer_says_so(string typed, string understood)
    {
        var result = Search(typed);
        Assert.Null(result.Error);
        Assert.Equal(understood, result.Understood);
        Assert.Equal(Urls(Search(understood)), Urls(result));
        Assert.NotEmpty(result.Hits);
        Assert.Null(Search(understood).Understood);
    }

    [Fact]
    public void Thirty_thousand_nested_parentheses_give_the_limit_message_not_a_stack_overflow()
    {
        var result = Search(new string('(', 30_000) + "patent" + new string(')', 30_000));
        Assert.Equal("This search is too long (60,006 characters): the limit is 1,000.", result.Error);
        Assert.Equal("This search nests parentheses too deeply: the limit is 256 levels.", Search(new string('(', 300) + "patent").Error);
    }

    [Theory]
    [InlineData("patent~2", "'~'")]
    [InlineData("patent^3", "'^'")]
    [InlineData("pat?nt", "Wildcards")]
    [InlineData("foo:bar", "Unknown field 'foo:'")]
    [InlineData("[a TO b]", "Ranges")]
    public void Syntax_outside_the_subset_is_refused_with_a_reason(string query, string reason)
    {
        var result = Search(query);
        Assert.Empty(result.Hits);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_special_characters_are_text()
    {
        Assert.Null(Search("\"patent~2 a/b\"").Error);
    }

    [Fact]
    public void Json_has_the_shape_the_browser_engine_returns()
    {
        var json = Search("gurry").ToJson();
        foreach (var key in new[] { "\"total\"", "\"hits\"", "\"url\"", "\"title\"", "\"date\"", "\"speakers\"", "\"score\"", "\"snippet\"", "\"anchor\"", "\"facets\"", "\"organization\"" })
            Assert.Contains(key, json, StringComparison.Ordinal);
    }
}
