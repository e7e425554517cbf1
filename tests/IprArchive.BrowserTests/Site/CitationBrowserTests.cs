using System.Text.Json;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>What the record page's script adds: the access date, a statement's citation, BibTeX and CSL-JSON on demand.</summary>
[Collection(BundledSiteCollection.Name)]
public sealed class CitationBrowserTests(ServedSite site)
{
    private const string Record = "/announcements/2021/china-to-boost-international-ipr-cooperation/";

    [Fact]
    public async Task A_statement_s_cite_control_gives_its_speaker_whole_words_record_permalink_and_today()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(Record));

        await page.Locator(".statements li:has(a[href='#q-1']) button.cite-quote").ClickAsync();
        var text = await page.Locator("#site-cite-output").InputValueAsync();

        Assert.StartsWith("Gan Shaoning (Deputy head, CNIPA), \u2018The country has actively participated in global IPR governance", text, StringComparison.Ordinal);
        Assert.Contains("major international intellectual property conventions\u2019, in \u2018China to boost international IPR cooperation\u2019, Press conference", text, StringComparison.Ordinal);
        // The permalink lands on the quotation, which the stylesheet highlights as the target.
        Assert.Contains($"<https://iprarchive.example.org{Record}#q-1>", text, StringComparison.Ordinal);
        Assert.EndsWith("[accessed " + DateTime.Now.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + "].", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_statement_credited_to_nobody_is_cited_as_unattributed_with_its_words_only()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/announcements/2022/shen-changyu-boao-forum-ip-in-asia/"));

        // Its words without their quotation marks; nobody is linked in its entry.
        await page.Locator(".statements li:has-text('speaker not certain') button.cite-quote").First.ClickAsync();
        var text = await page.Locator("#site-cite-output").InputValueAsync();

        Assert.StartsWith("Unattributed, \u2018Protecting IP is protecting innovation.\u2019, in ", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_script_adds_a_copy_link_control_to_every_paragraph_and_quotation()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(Record));

        // The HTML has only the ids; each control links its passage and is named for it.
        Assert.Equal("#q-1", await page.Locator("q#q-1 + a.anchor-link").GetAttributeAsync("href"));
        Assert.Equal("Link to quotation 1", await page.Locator("q#q-1 + a.anchor-link").GetAttributeAsync("aria-label"));
        Assert.Equal("Link to paragraph 1", await page.Locator("#p-1 > a.anchor-link").GetAttributeAsync("aria-label"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Bibtex_and_csl_json_are_built_on_demand_with_the_record_s_facts()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(Record));

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "BibTeX", Exact = true }).ClickAsync();
        var bibtex = await page.Locator("#site-cite-output").InputValueAsync();
        Assert.Matches(@"^@misc\{gan2021[A-Za-z0-9]+,\n", bibtex);
        Assert.Contains("  title = {{China to boost international IPR cooperation}},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains($"  url = {{https://iprarchive.example.org{Record}}},\n", bibtex, StringComparison.Ordinal);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "CSL-JSON", Exact = true }).ClickAsync();
        var item = JsonDocument.Parse(await page.Locator("#site-cite-output").InputValueAsync()).RootElement[0];
        Assert.Equal("speech", item.GetProperty("type").GetString());
        Assert.Equal("Gan Shaoning", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal(2021, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal("http://en.qstheory.cn/2021-11/02/c_676268.htm", item.GetProperty("source").GetString());
        await page.Context.CloseAsync();
    }
}
