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
        // The source is the fact box's link, not a cite attribute on every quotation.
        Assert.False(quotations[0].HasAttribute("cite"));
        // The sentence around the quotation is still there, outside the q element.
        Assert.Contains("said Gan.", quotations[0].ParentElement!.TextContent, StringComparison.Ordinal);
        // Its ❝ copy-link control is made by site.js; the statements list links it without script.
        Assert.Null(quotations[0].NextElementSibling);
    }

    [Fact]
    public void Each_quotation_is_credited_to_gan_with_a_permalink()
    {
        var entries = fixture.Site.Page(SeedPage).QuerySelectorAll(".statements ol > li").ToList();

        Assert.Equal(2, entries.Count);
        foreach (var (entry, id, words) in new[] { (entries[0], "q-1", FirstWords), (entries[1], "q-2", SecondWords) })
        {
            // Who the citation names is the entry's text (site.js reads it): "— Gan Shaoning, Deputy head, CNIPA".
            Assert.Equal("Gan Shaoning", entry.QuerySelector("a[href^='/speakers/']")!.TextContent);
            Assert.EndsWith("Gan Shaoning, Deputy head, CNIPA", entry.TextContent, StringComparison.Ordinal);
            var permalink = entry.QuerySelector("a")!;
            Assert.StartsWith("\u2018" + string.Join(' ', words.Split(' ').Take(4)), permalink.TextContent, StringComparison.Ordinal);
            Assert.Equal($"#{id}", permalink.GetAttribute("href"));
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
            // Gan is described once, as the author, and named here by @id.
            Assert.Equal(root.GetProperty("author")[0].GetProperty("@id").GetString(), q.GetProperty("creator").GetProperty("@id").GetString());
            Assert.Equal("Gan Shaoning", root.GetProperty("author")[0].GetProperty("name").GetString());
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
        var statements = fixture.Site.Page("/speakers/gan-shaoning/").QuerySelectorAll(".statements .statement-list > li").ToList();

        Assert.Equal(2, statements.Count);
        Assert.StartsWith("\u201C" + FirstWords, statements[0].QuerySelector("blockquote")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("\u201C" + SecondWords, statements[1].QuerySelector("blockquote")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("2021-11-01", statements[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Press conference", statements[0].QuerySelector("li > p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{SeedPage}#q-1", statements[0].QuerySelector("a[href*='#q-']")!.GetAttribute("href"));
        Assert.Equal($"{SeedPage}#q-2", statements[1].QuerySelector("a[href*='#q-']")!.GetAttribute("href"));
    }

    [Fact]
    public void The_boao_page_credits_xi_s_words_to_nobody()
    {
        var page = fixture.Site.Page("/announcements/2022/shen-changyu-boao-forum-ip-in-asia/");
        var entry = page.QuerySelectorAll(".statements ol > li").Single(e => e.QuerySelector("a")!.TextContent.StartsWith("\u2018Protecting IP is protecting innovation", StringComparison.Ordinal));

        Assert.Null(entry.QuerySelector("a[href^='/speakers/']"));
        Assert.EndsWith("speaker not certain", entry.TextContent, StringComparison.Ordinal);
        var shenPage = fixture.Site.Page("/speakers/shen-changyu/");
        Assert.DoesNotContain(shenPage.QuerySelectorAll(".statement-list blockquote"), s => s.TextContent.Contains("Protecting IP is protecting innovation", StringComparison.Ordinal));
        var root = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        var xi = root.GetProperty("hasPart").EnumerateArray().Single(q => q.GetProperty("text").GetString() == "Protecting IP is protecting innovation.");
        Assert.False(xi.TryGetProperty("creator", out _));
    }

    [Fact]
    public void Statements_json_exports_every_quotation_with_speaker_event_and_anchor()
    {
        using var json = JsonDocument.Parse(fixture.Site.Text("/statements.json"));
        var root = json.RootElement;
        var records = root.GetProperty("records").EnumerateArray().ToList();
        var statements = records.SelectMany(r => r.GetProperty("statements").EnumerateArray()).ToList();

        Assert.Equal(2, root.GetProperty("version").GetInt32());
        Assert.Equal(statements.Count, root.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("next").ValueKind);
        Assert.Equal(16, statements.Count);
        var dates = records.Select(r => r.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var record = records.Single(r => r.GetProperty("url").GetString()!.EndsWith(SeedPage, StringComparison.Ordinal));
        Assert.Equal(SeedPage.Trim('/'), record.GetProperty("id").GetString());
        Assert.Equal("2021-11-01", record.GetProperty("date").GetString());
        Assert.StartsWith("Press conference", record.GetProperty("event").GetString(), StringComparison.Ordinal);
        var gan = record.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(["q-1", "q-2"], gan.Select(s => s.GetProperty("anchor").GetString()));
        var first = gan[0];
        Assert.StartsWith(FirstWords, first.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("gan-shaoning", first.GetProperty("speaker").GetString());
        Assert.Equal("Gan Shaoning", root.GetProperty("speakers").GetProperty("gan-shaoning").GetProperty("name").GetString());
        Assert.Equal("Deputy head", first.GetProperty("role").GetString());
        Assert.Equal("cnipa", first.GetProperty("organization").GetString());
        Assert.Equal("CNIPA", first.GetProperty("organization_name").GetString());
        Assert.Equal("sentence", first.GetProperty("attribution").GetString());
        Assert.Equal("pronoun", gan[1].GetProperty("attribution").GetString());
    }
}
