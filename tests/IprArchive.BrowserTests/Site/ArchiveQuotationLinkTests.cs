using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Site;

/// <summary>
/// Topic, organisation, plan and year pages do not reprint the quotations of the records they
/// list (the records' pages and the speakers' pages have them); they link to the quotation search,
/// which must find them.
/// </summary>
[Collection(BundledSiteCollection.Name)]
public sealed class ArchiveQuotationLinkTests(ServedSite site)
{
    // A topic's search is a phrase in the topic field, which also finds longer topics ("WIPO
    // Assemblies" for "WIPO"), so the exact check is made on an organisation, a plan and a year.
    [Theory]
    [InlineData("/organizations/cnipa/")]
    [InlineData("/plans/14th-five-year-plan/")]
    [InlineData("/announcements/2021/")]
    public async Task The_quotations_link_finds_quotations_of_the_listed_records(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        Assert.Equal(0, await page.Locator(".statements").CountAsync());
        var listed = await page.Locator("main .items > li > a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^search quotations") }).ClickAsync();

        var hits = page.Locator(".search-hit-quote");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        Assert.Contains("type=quote", page.Url, StringComparison.Ordinal);
        var found = await hits.Locator("a[href*='#q-']").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.NotEmpty(found);
        Assert.All(found, record => Assert.True(listed.Contains(record), $"{record} is not among {string.Join(", ", listed)}"));
        await page.Context.CloseAsync();
    }
}
