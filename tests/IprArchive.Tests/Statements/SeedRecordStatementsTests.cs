using System.Text.Json;
using AngleSharp.Dom;

namespace IprArchive.Tests.Statements;

/// <summary>
/// The seed record (2021-11-01, Gan Shaoning) as a journalist meets it: its two quotations
/// marked up, credited and citable; the speaker page listing them; the JSON export.
/// </summary>
public sealed class SeedRecordStatementsTests(BundledStatementsFixture fixture) : IClassFixture<BundledStatementsFixture>
{
    private const string SeedPage = "/announcements/2021/china-to-boost-international-ipr-cooperation/";
    private const string FirstWords = "The country has actively participated";
    private const string SecondWords = "Next, China will firmly stick";

    [Fact]
    public void The_seed_record_marks_up_its_two_quotations_as_q_1_and_q_2()
    {
        Assert.True(fixture.Site.Result.Succeeded, fixture.Site.Problems);
        var body = fixture.Site.Page(SeedPage).QuerySelector(".record .body")!;

        var quotations = body.QuerySelectorAll("[id^='q-']").ToList();

        Assert.Equal(["q-1", "q-2"], quotations.Select(q => q.Id));
        Assert.All(quotations, q => Assert.Equal("q", q.LocalName));
        Assert.StartsWith("\u201C" + FirstWords, quotations[0].TextContent, StringComparison.Ordinal);
        Assert.EndsWith("conventions,\u201D", quotations[0].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("\u201C" + SecondWords, quotations[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("http://en.qstheory.cn/2021-11/02/c_676268.htm", quotations[0].GetAttribute("cite"));
        // The sentence around the quotation is still there, outside the q element.
        Assert.Contains("said Gan.", quotations[0].ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#q-1", quotations[0].NextElementSibling!.GetAttribute("href"));
    }

    [Fact]
    public void Each_quotation_is_credited_to_gan_with_a_permalink()
    {
        var entries = fixture.Site.Page(SeedPage).QuerySelectorAll(".statements .statement-entry").ToList();

        Assert.Equal(2, entries.Count);
        foreach (var (entry, id, words) in new[] { (entries[0], "q-1", FirstWords), (entries[1], "q-2", SecondWords) })
        {
            Assert.Equal(id, entry.GetAttribute("data-q"));
            Assert.Equal("Gan Shaoning", entry.QuerySelector("a[href^='/speakers/']")!.TextContent);
            Assert.Equal("Gan Shaoning (Deputy head, CNIPA)", entry.GetAttribute("data-cited-as"));
            var permalink = entry.QuerySelector("a.quotation-permalink")!;
            Assert.StartsWith("\u2018" + string.Join(' ', words.Split(' ').Take(4)), permalink.TextContent, StringComparison.Ordinal);
            Assert.StartsWith($"#{id}:~:text=", permalink.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Equal(words.Split(' ').Take(4), Uri.UnescapeDataString(permalink.GetAttribute("href")!.Split("text=")[1].Split(',')[0]).Split(' '));
        }
    }

    [Fact]
    public void Json_ld_has_a_quotation_per_quotation_created_by_gan()
    {
        var root = JsonDocument.Parse(fixture.Site.Page(SeedPage).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        var parts = root.GetProperty("hasPart").EnumerateArray().ToList();

        Assert.Equal(2, parts.Count);
        Assert.All(parts, q =>
        {
            Assert.Equal("Quotation", q.GetProperty("@type").GetString());
            Assert.Equal("Person", q.GetProperty("creator").GetProperty("@type").GetString());
            Assert.Equal("Gan Shaoning", q.GetProperty("creator").GetProperty("name").GetString());
            // A part of the article: its date and address are the article's, named once.
            Assert.StartsWith("#q-", q.GetProperty("@id").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal("2021-11-01", root.GetProperty("datePublished").GetString());
        Assert.StartsWith(FirstWords, parts[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("#q-2", parts[1].GetProperty("@id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_speaker_page_lists_both_statements_with_date_event_and_link()
    {
        var statements = fixture.Site.Page("/speakers/gan-shaoning/").QuerySelectorAll(".statements .statement").ToList();

        Assert.Equal(2, statements.Count);
        Assert.StartsWith("\u201C" + FirstWords, statements[0].QuerySelector(".statement-text")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("\u201C" + SecondWords, statements[1].QuerySelector(".statement-text")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("2021-11-01", statements[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Press conference", statements[0].QuerySelector(".statement-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{SeedPage}#q-1", statements[0].QuerySelector("a.statement-link")!.GetAttribute("href"));
        Assert.Equal($"{SeedPage}#q-2", statements[1].QuerySelector("a.statement-link")!.GetAttribute("href"));
    }

    [Fact]
    public void The_boao_page_credits_xi_s_words_to_nobody()
    {
        var page = fixture.Site.Page("/announcements/2022/shen-changyu-boao-forum-ip-in-asia/");
        var entry = page.QuerySelectorAll(".statement-entry").Single(e => e.QuerySelector("a.quotation-permalink")!.TextContent.StartsWith("\u2018Protecting IP is protecting innovation", StringComparison.Ordinal));

        Assert.Null(entry.QuerySelector("a[href^='/speakers/']"));
        Assert.Equal("Unattributed", entry.GetAttribute("data-cited-as"));
        var shenPage = fixture.Site.Page("/speakers/shen-changyu/");
        Assert.DoesNotContain(shenPage.QuerySelectorAll(".statement-text"), s => s.TextContent.Contains("Protecting IP is protecting innovation", StringComparison.Ordinal));
        var root = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        var xi = root.GetProperty("hasPart").EnumerateArray().Single(q => q.GetProperty("text").GetString() == "Protecting IP is protecting innovation.");
        Assert.False(xi.TryGetProperty("creator", out _));
    }

    [Fact]
    public void Statements_json_exports_every_quotation_with_speaker_event_and_anchor()
    {
        using var json = JsonDocument.Parse(fixture.Site.Text("/statements.json"));
        var root = json.RootElement;
        var statements = root.GetProperty("statements").EnumerateArray().ToList();

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(statements.Count, root.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("next").ValueKind);
        Assert.Equal(16, statements.Count);
        var dates = statements.Select(s => s.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var gan = statements.Where(s => s.GetProperty("record").GetProperty("url").GetString()!.EndsWith(SeedPage, StringComparison.Ordinal)).ToList();
        Assert.Equal(["q-1", "q-2"], gan.Select(s => s.GetProperty("anchor").GetString()));
        var first = gan[0];
        Assert.StartsWith(FirstWords, first.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("gan-shaoning", first.GetProperty("speaker").GetProperty("id").GetString());
        Assert.Equal("Gan Shaoning", first.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("Deputy head", first.GetProperty("speaker").GetProperty("role").GetString());
        Assert.Equal("CNIPA", first.GetProperty("speaker").GetProperty("organization").GetProperty("name_at_the_time").GetString());
        Assert.Equal("2021-11-01", first.GetProperty("date").GetString());
        Assert.StartsWith("Press conference", first.GetProperty("event").GetString(), StringComparison.Ordinal);
        Assert.Equal("sentence", first.GetProperty("attribution").GetString());
        Assert.Equal("pronoun", gan[1].GetProperty("attribution").GetString());
        Assert.EndsWith(SeedPage + "#q-1", first.GetProperty("url").GetString(), StringComparison.Ordinal);
    }
}
