using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Search;

/// <summary>The search page in Chromium, on the bundled site served with its search index.</summary>
[Collection(BundledSiteCollection.Name)]
public sealed partial class SearchPageTests(ServedSite site)
{
    private const string ShenChangyu = "Shen Changyu";

    [Fact]
    public async Task Typing_a_query_shows_counted_results_with_highlighted_snippets_that_link_to_a_paragraph()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/"));

        await page.Locator("#site-search-page-q").PressSequentiallyAsync("trademark", new() { Delay = 30 });

        var status = page.Locator("#site-search-status");
        await Expect(status, ResultsFor("trademark"));
        var hits = page.Locator(".search-hit");
        Assert.InRange(await hits.CountAsync(), 1, 10);
        Assert.Contains("q=trademark", page.Url, StringComparison.Ordinal);
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        var marked = (await page.Locator(".search-snippet mark").AllInnerTextsAsync()).Select(t => t.ToLowerInvariant());
        Assert.Contains(marked, t => t.StartsWith("trademark", StringComparison.Ordinal));
        var href = await hits.First.Locator("h3 a").GetAttributeAsync("href");
        Assert.Matches(@"^/announcements/\d{4}/[^/]+/#p-\d+$", href);
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", await hits.First.Locator("time").GetAttributeAsync("datetime"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_Chinese_query_finds_the_Chinese_record_through_bigrams_and_marks_the_words()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=" + Uri.EscapeDataString("知识产权服务业")));

        await Expect(page.Locator("#site-search-status"), ResultsFor("知识产权服务业"));
        var hit = page.Locator(".search-hit").First;
        Assert.Contains("2018年国家知识产权局开放日", await hit.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(await hit.Locator(".search-snippet mark").AllInnerTextsAsync(), m => m.Contains("服务", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Ticking_a_facet_narrows_the_results_to_its_count_and_reload_and_back_keep_the_state()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=patent"));
        var status = page.Locator("#site-search-status");
        await Expect(status, ResultsFor("patent"));
        var before = CountIn(await status.InnerTextAsync());
        var box = page.GetByRole(AriaRole.Group, new() { Name = "Speaker" }).GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{ShenChangyu} \\(\\d+\\)$") });
        var facetCount = CountIn(await box.Locator("xpath=following-sibling::label").InnerTextAsync());
        Assert.True(facetCount < before, $"the facet ({facetCount}) should narrow {before} results");

        await box.CheckAsync();

        await Expect(status, new Regex($"^{facetCount} results? for"));
        Assert.Contains("speaker=Shen+Changyu", page.Url, StringComparison.Ordinal);
        foreach (var meta in await page.Locator(".search-hit .search-meta").AllInnerTextsAsync())
        {
            Assert.Contains(ShenChangyu, meta, StringComparison.Ordinal);
        }

        await page.ReloadAsync();
        await Expect(status, new Regex($"^{facetCount} results? for"));
        Assert.Equal("patent", await page.Locator("#site-search-page-q").InputValueAsync());
        Assert.True(await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{ShenChangyu} ") }).IsCheckedAsync());

        await page.GoBackAsync();
        await Expect(status, new Regex($"^{before} results for"));
        Assert.False(await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{ShenChangyu} ") }).IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Date_range_sort_and_pages_live_in_the_url()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=patent&from=2019-01-01&to=2021-12-31&sort=date"));
        await Expect(page.Locator("#site-search-status"), ResultsFor("patent"));

        Assert.Equal("2019-01-01", await page.Locator("#site-search-from").InputValueAsync());
        Assert.Equal("date", await page.Locator("#site-search-sort").InputValueAsync());
        var dates = await page.Locator(".search-hit time").EvaluateAllAsync<string[]>("times => times.map(t => t.dateTime)");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d, "2019-01-01") >= 0 && string.CompareOrdinal(d, "2021-12-31") <= 0, d));
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        await page.GotoAsync(site.Url("/search/?q=property"));
        await Expect(page.Locator("#site-search-status"), new Regex("showing 1–10"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Next →" }).ClickAsync();
        await Expect(page.Locator("#site-search-status"), new Regex("showing 11–"));
        Assert.Contains("page=2", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_malformed_query_gets_a_friendly_message()
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(site.Url("/search/?q=" + Uri.EscapeDataString("patent AND")));

        await Expect(page.Locator("#site-search-status"), new Regex("^'AND' must be followed by a search term$"));
        Assert.Equal(0, await page.Locator(".search-hit").CountAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("\"real economy", "Showing results for \"real economy\". ")]
    [InlineData("(Brexit", "Showing results for (Brexit). ")]
    public async Task An_unclosed_quote_or_parenthesis_finds_the_records_and_says_what_was_searched(string typed, string notice)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=" + Uri.EscapeDataString(typed)));

        await Expect(page.Locator("#site-search-status"), new Regex("^" + Regex.Escape(notice) + @"\d+ results? for"));
        Assert.True(await page.Locator(".search-hit").CountAsync() > 0);
        Assert.Equal(typed, await page.Locator("#site-search-page-q").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_header_box_on_any_page_leads_to_results_using_the_keyboard_only()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/speakers/shen-changyu/"));
        await page.Locator("#site-search-header").FocusAsync();
        await page.Keyboard.TypeAsync("SIPO");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#site-search-status"), ResultsFor("SIPO"));
        Assert.Equal("SIPO", await page.Locator("#site-search-page-q").InputValueAsync());
        // Tab from the box reaches a facet checkbox; Space ticks it.
        await page.Locator("#site-search-sort").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.type");
        Assert.Equal("checkbox", focused);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&](speaker|organization|year|plan|topic|language)="), new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_request_stays_on_the_sites_origin()
    {
        var page = await site.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(site.Url("/search/?q=patent+OR+%22five-year+plan%22"));
        await Expect(page.Locator("#site-search-status"), ResultsFor("patent OR \"five-year plan\""));
        await page.Locator("#site-search-facets").GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.WaitForURLAsync(new Regex("[?&](speaker|organization|year|plan|topic|language)="));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(requests, r => r.Contains("/search/manifest.json", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains("/assets/search/index.js", StringComparison.Ordinal));
        var origin = site.Address.GetLeftPart(UriPartial.Authority);
        Assert.All(requests, r => Assert.StartsWith(origin + "/", r, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Axe_finds_no_serious_violation_with_results_and_facets_shown()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=patent"));
        await Expect(page.Locator("#site-search-status"), ResultsFor("patent"));
        await page.Locator(".search-facet").First.WaitForAsync();

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_page_explains_and_links_to_the_archives()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Url("/search/?q=patent"));

        Assert.Contains("needs JavaScript", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("main a[href='/speakers/']").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    private static Regex ResultsFor(string query) => new($"^\\d+ results? for “{Regex.Escape(query)}”");

    private static int CountIn(string text) => int.Parse(Number().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static Task Expect(ILocator locator, Regex text) =>
        Assertions.Expect(locator).ToHaveTextAsync(text, new() { Timeout = 30_000 });

    [GeneratedRegex(@"(\d+)")]
    private static partial Regex Number();
}
