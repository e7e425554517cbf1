using System.Text.RegularExpressions;
using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Search;

/// <summary>A journalist looking for what an official said, on the bundled site in Chromium.</summary>
[Collection(BundledSiteCollection.Name)]
public sealed partial class QuotationSearchPageTests(ServedSite site)
{
    private const string Words = "firmly stick to the path of multilateralism";
    private const string Query = "\"" + Words + "\"";
    private const string Record = "/announcements/2021/china-to-boost-international-ipr-cooperation/";

    [Fact]
    public async Task A_phrase_Gan_said_restricted_to_quotations_lands_on_the_quotation_whose_citation_links_back_to_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/"));
        await page.Locator("#site-search-page-q").FillAsync(Query);
        await page.Locator("#site-search-page-q").PressAsync("Enter");
        var status = page.Locator("#site-search-status");
        await Expect(status, new Regex($"^1 result for “{Regex.Escape(Query)}”"));
        await Assertions.Expect(page.Locator("label[for='site-search-quotes']")).ToHaveTextAsync(new Regex(@"Quotations only \(1\)"));

        await page.GetByLabel("Quotations only").CheckAsync();

        await Expect(status, new Regex($"^1 quotation for “{Regex.Escape(Query)}”"));
        Assert.Contains("type=quote", page.Url, StringComparison.Ordinal);
        var hit = page.Locator(".search-hit-quote");
        Assert.Equal(1, await hit.CountAsync());
        Assert.Equal([Words], await hit.Locator("mark").AllInnerTextsAsync());
        var meta = await hit.Locator(".search-meta").InnerTextAsync();
        Assert.Contains("Gan Shaoning (Deputy head, CNIPA)", meta, StringComparison.Ordinal);
        Assert.Equal("2021-11-01", await hit.Locator("time").GetAttributeAsync("datetime"));
        var link = hit.Locator("h3 a");
        var href = await link.GetAttributeAsync("href");
        var id = QuotationAnchor().Match(href ?? "") is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException($"not a quotation link: {href}");

        await link.ClickAsync();

        await page.WaitForURLAsync(new Regex($"{Regex.Escape(Record)}#{id}$"));
        Assert.Equal(id, await page.EvaluateAsync<string>("document.querySelector(':target')?.id ?? ''"));
        var quotation = page.Locator($"#{id}");
        Assert.Contains(Words, await quotation.InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(quotation).ToBeInViewportAsync();
        // The permalink is written relative to its page; the browser resolves it to the record's address.
        var permalink = await page.Locator($".statements a[href='#{id}']").EvaluateAsync<string>("a => a.href");
        Assert.EndsWith($"{Record}#{id}", permalink, StringComparison.Ordinal);
        await page.Locator($".statements li:has(a[href='#{id}']) button.cite-quote").ClickAsync();
        Assert.Contains($"{Record}#{id}>", await page.Locator("#site-cite-output").InputValueAsync(), StringComparison.Ordinal);

        await page.GoBackAsync();
        await Expect(page.Locator("#site-search-status"), new Regex("^1 quotation for"));
        Assert.True(await page.GetByLabel("Quotations only").IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Quotations_only_is_a_field_of_the_plain_form_so_it_is_in_the_url_without_javascript()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Url("/search/"));
        await page.Locator("#site-search-page-q").FillAsync("multilateralism");
        await page.GetByLabel("Quotations only").CheckAsync();

        await page.Locator("#site-search-form button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/search/\?q=multilateralism&type=quote"));
        await page.Context.CloseAsync();
    }

    private static Task Expect(ILocator locator, Regex text) =>
        Assertions.Expect(locator).ToHaveTextAsync(text, new() { Timeout = 30_000 });

    [GeneratedRegex($@"^{Record}#(q-\d+)$")]
    private static partial Regex QuotationAnchor();
}
