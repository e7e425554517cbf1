using System.Text.RegularExpressions;
using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Search;

/// <summary>Results that explain themselves: a search that finds nothing says what the reader may have meant; one found through another name says whose.</summary>
[Collection(BundledSiteCollection.Name)]
public sealed class ExplainedResultsTests(ServedSite site)
{
    [Fact]
    public async Task A_misspelt_search_that_finds_nothing_offers_the_nearest_word_which_finds_records()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.Url("/search/?q=trademrak"));
        var status = page.Locator("#site-search-status");
        await Assertions.Expect(status).ToHaveTextAsync("No results for “trademrak”.", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#site-search-timeline")).ToBeHiddenAsync();

        var suggestion = page.Locator(".search-suggestions a").First;
        // The word as the text writes it (the index holds stems): "trademark" or "trademarks".
        await Assertions.Expect(suggestion).ToHaveTextAsync(new Regex("^trademarks?$"), new() { Timeout = 30_000 });
        var word = await suggestion.InnerTextAsync();
        await suggestion.ClickAsync();

        await Assertions.Expect(status).ToHaveTextAsync(new Regex($"^\\d+ results? for “{word}”"), new() { Timeout = 30_000 });
        Assert.Equal(word, await page.Locator("#site-search-page-q").InputValueAsync());
        Assert.Contains("q=" + word, page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_for_a_former_name_says_whose_name_it_was_under_the_count_and_a_plain_word_does_not()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync(site.Url("/search/?q=SIPO"));
        await Assertions.Expect(page.Locator("#site-search-status")).ToHaveTextAsync(new Regex("^\\d+ results? for “SIPO”"), new() { Timeout = 30_000 });
        var note = page.Locator("#site-search-aliases");
        await Assertions.Expect(note).ToHaveTextAsync("SIPO: former name of CNIPA.");
        await Assertions.Expect(note).ToBeVisibleAsync();
        // Right under the count, before the first result.
        var noteBox = await note.BoundingBoxAsync();
        var firstResult = await page.Locator("#site-search-results h3").First.BoundingBoxAsync();
        Assert.True(noteBox!.Y < firstResult!.Y, $"note at y={noteBox.Y}, first result at y={firstResult.Y}");

        await page.Locator("#site-search-page-q").FillAsync("patent");
        await page.Locator("#site-search-page-q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#site-search-status")).ToHaveTextAsync(new Regex("^\\d+ results? for “patent”"), new() { Timeout = 30_000 });
        await Assertions.Expect(note).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }
}
