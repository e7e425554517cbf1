using System.Text.Json;
using AngleSharp.Html.Parser;

namespace IprArchive.Tests.Search;

/// <summary><c>iprarchive search --quotes</c> and <c>type:quote</c>: a journalist looking for what an official said.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class QuotationSearchCommandTests(SearchSiteFixture site)
{
    private const string Record = "/announcements/2021/china-to-boost-international-ipr-cooperation/";
    private const string Phrase = "\"firmly stick to the path of multilateralism\"";

    /// <summary>The id of the quotation element of the record's page that holds <paramref name="words"/>.</summary>
    private string QuotationHolding(string words)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf(Record + "index.html")));
        return Assert.Single(page.QuerySelectorAll("article q[id^='q-'], article blockquote[id^='q-']"), q => q.TextContent.Contains(words, StringComparison.Ordinal)).Id!;
    }

    [Fact]
    public async Task Quotes_finds_what_Gan_said_with_his_role_at_the_time_and_a_link_to_the_quotation()
    {
        var result = await site.SearchAsync(Phrase, "--quotes");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal("1 quotation; showing 1-1.", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("     2021-11-01  Gan Shaoning (Deputy head, CNIPA), Press conference", StringComparison.Ordinal));
        Assert.Contains($"     {Record}#{QuotationHolding("firmly stick to the path of multilateralism")}", lines);
        Assert.Contains("[firmly stick to the path of multilateralism]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_json_has_only_quotations_each_linking_to_its_anchor_with_at_most_one_speaker()
    {
        var result = await site.SearchAsync("china OR cooperation OR patent", "--quotes", "--json", "--top", "100");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Equal(root.GetProperty("total").GetInt32(), root.GetProperty("quotations").GetInt32());
        Assert.All(hits, hit =>
        {
            Assert.Equal("quote", hit.GetProperty("type").GetString());
            Assert.Matches(@"^/announcements/\d{4}/[^/#]+/#q-\d+$", hit.GetProperty("url").GetString());
            Assert.Equal("", hit.GetProperty("anchor").GetString());
            Assert.InRange(hit.GetProperty("speakers").GetArrayLength(), 0, 1);
        });
    }

    [Fact]
    public async Task Without_quotes_the_record_is_found_and_links_to_the_quotation_its_words_are_in()
    {
        var result = await site.SearchAsync(Phrase, "--json");

        using var json = JsonDocument.Parse(result.Output);
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(Record, hit.GetProperty("url").GetString());
        Assert.Equal("announcement", hit.GetProperty("type").GetString());
        Assert.Equal("#" + QuotationHolding("firmly stick to the path of multilateralism"), hit.GetProperty("anchor").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("quotations").GetInt32());
    }

    [Fact]
    public async Task Type_quote_in_the_query_finds_the_same_quotation_as_the_option()
    {
        using var option = JsonDocument.Parse((await site.SearchAsync(Phrase, "--quotes", "--json")).Output);
        using var query = JsonDocument.Parse((await site.SearchAsync("type:quote " + Phrase, "--json")).Output);

        var url = Assert.Single(option.RootElement.GetProperty("hits").EnumerateArray()).GetProperty("url").GetString();
        Assert.Equal(url, Assert.Single(query.RootElement.GetProperty("hits").EnumerateArray()).GetProperty("url").GetString());
    }

    [Fact]
    public async Task No_quotation_says_so()
    {
        var result = await site.SearchAsync("zzyzx", "--quotes");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No quotations.", result.Output.Trim());
    }
}
