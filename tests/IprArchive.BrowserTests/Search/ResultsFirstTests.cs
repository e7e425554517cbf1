using System.Globalization;
using System.Text.RegularExpressions;
using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Search;

/// <summary>
/// The search page puts results first: a reporter presses Search at a desk (1280×800) or on a
/// phone (390×844) and sees the count and the first result without scrolling; the filters are a
/// side column on the desk and fold behind "Filters (n)" on the phone; the timeline has a bar for
/// every year of the archive, and a bar filters to its year.
/// </summary>
[Collection(BundledSiteCollection.Name)]
public sealed partial class ResultsFirstTests(ServedSite site)
{
    public static TheoryData<int, int> Screens() => new() { { 1280, 800 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task After_a_search_the_count_and_the_first_result_are_on_the_first_screen(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        await page.GotoAsync(site.Url("/search/"));
        await page.Locator("#site-search-page-q").FillAsync("patent");
        await page.Locator("#site-search-page-q").PressAsync("Enter");
        await Expect(page.Locator("#site-search-status"), ResultsFor("patent"));
        await page.Locator(".search-hit").First.WaitForAsync();

        var status = await Box(page.Locator("#site-search-status"));
        var title = await Box(page.Locator(".search-hit h3").First);
        Assert.True(status.Y + status.Height <= height, $"the count ends at y={status.Y + status.Height} at {width}×{height}");
        Assert.True(title.Y + title.Height <= height, $"the first result's title ends at y={title.Y + title.Height} at {width}×{height}");
        Assert.True(status.Y < title.Y, "the count comes before the results");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px at {width}px");
        await Screenshot(page, $"search-{width}.png");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_filters_fold_behind_a_control_that_counts_the_active_ones()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.Url("/search/?q=patent"));
        await Expect(page.Locator("#site-search-status"), ResultsFor("patent"));
        await page.Locator(".search-facet").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        var toggle = page.Locator("#site-search-filters > summary");
        await Assertions.Expect(toggle).ToHaveTextAsync(new Regex(@"^\s*Filters\s*$"));
        await Assertions.Expect(page.GetByLabel("Quotations only")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".search-facet").First).ToBeHiddenAsync();

        await toggle.ClickAsync();
        var speaker = page.GetByRole(AriaRole.Group, new() { Name = "Speaker" }).GetByRole(AriaRole.Checkbox).First;
        await speaker.CheckAsync();

        await page.WaitForURLAsync(new Regex("[?&]speaker="));
        await Assertions.Expect(toggle).ToHaveTextAsync(new Regex(@"^\s*Filters \(1\)\s*$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_desk_the_filters_are_a_side_column_beside_the_results_with_labels_by_their_fields()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync(site.Url("/search/?q=patent"));
        await Expect(page.Locator("#site-search-status"), ResultsFor("patent"));
        await page.Locator(".search-facet").First.WaitForAsync();

        await Assertions.Expect(page.Locator("#site-search-filters > summary")).ToBeHiddenAsync();
        var facets = await Box(page.Locator("#site-search-facets"));
        var results = await Box(page.Locator(".search-hits"));
        Assert.True(facets.X + facets.Width <= results.X, "the facets are a column left of the results");
        // Each label touches its field: right of a checkbox, above a date or a list.
        foreach (var id in new[] { "site-search-quotes", "site-search-from", "site-search-to", "site-search-sort" })
        {
            var label = await Box(page.Locator($"label[for='{id}']"));
            var field = await Box(page.Locator($"#{id}"));
            var gap = Math.Min(Math.Abs(field.Y - (label.Y + label.Height)), Math.Abs(label.X - (field.X + field.Width)));
            Assert.True(gap <= 12, $"the label of #{id} is {gap}px from its field");
            Assert.True(Math.Abs(label.X - field.X) <= 40, $"the label of #{id} starts {label.X - field.X}px aside from its field");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_timeline_has_one_bar_per_year_of_the_archive_and_a_bar_filters_to_its_year()
    {
        var page = await site.NewPageAsync(1280, 800);
        await page.GotoAsync(site.Url("/search/?q=patent"));
        await Expect(page.Locator("#site-search-status"), ResultsFor("patent"));

        var bars = page.Locator("#site-search-timeline svg a");
        await bars.First.WaitForAsync();
        var years = (await bars.EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.year)")).Select(int.Parse).ToList();
        Assert.Equal(ArchiveYears(), years);
        var rows = await page.Locator("#site-search-timeline table tbody tr").CountAsync();
        Assert.Equal(years.Count, rows);
        var total = CountIn(await page.Locator("#site-search-status").InnerTextAsync());
        var counts = await bars.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('aria-label'))");
        Assert.Equal(total, counts.Sum(BarCountIn));
        Assert.Contains(counts, label => BarCountIn(label) == 0);

        var busy = page.Locator("#site-search-timeline svg a[data-year='2021']");
        var expected = BarCountIn(await busy.GetAttributeAsync("aria-label") ?? "");
        Assert.True(expected > 0);
        await busy.ClickAsync();

        await page.WaitForURLAsync(new Regex("[?&]year=2021"));
        await Expect(page.Locator("#site-search-status"), new Regex($"^{expected} results? for “patent”"));
        foreach (var date in await page.Locator(".search-hit time").EvaluateAllAsync<string[]>("times => times.map(t => t.dateTime)"))
        {
            Assert.StartsWith("2021-", date, StringComparison.Ordinal);
        }

        Assert.Equal("true", await busy.GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Result_dates_read_as_on_the_rest_of_the_site()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/search/?q=patent&sort=date"));
        await Expect(page.Locator("#site-search-status"), ResultsFor("patent"));

        var time = page.Locator(".search-hit time").First;
        var iso = DateOnly.ParseExact(await time.GetAttributeAsync("datetime") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(iso.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), await time.InnerTextAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>Every year from the bundled archive's first record to its last.</summary>
    private static List<int> ArchiveYears()
    {
        var years = Directory.GetDirectories(Path.Combine(RepositoryPaths.BundledInput, "announcements"))
            .Select(Path.GetFileName).Where(name => Year().IsMatch(name ?? "")).Select(name => int.Parse(name!, CultureInfo.InvariantCulture)).ToList();
        return Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).ToList();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
    }

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"{locator} is not shown");

    private static Regex ResultsFor(string query) => new($"^\\d+ results? for “{Regex.Escape(query)}”");

    private static int CountIn(string text) => int.Parse(Number().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The count in a bar's label, "2021: 5 results".</summary>
    private static int BarCountIn(string label) => int.Parse(BarCount().Match(label).Groups[1].Value, CultureInfo.InvariantCulture);

    private static Task Expect(ILocator locator, Regex text) =>
        Assertions.Expect(locator).ToHaveTextAsync(text, new() { Timeout = 30_000 });

    [GeneratedRegex(@"(\d+)")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d{4}: (\d+) ")]
    private static partial Regex BarCount();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
