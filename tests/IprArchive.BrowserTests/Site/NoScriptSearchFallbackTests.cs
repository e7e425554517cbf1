using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Site;

/// <summary>The bundled site published at a real address, so that its search boxes have a web-search fallback.</summary>
public sealed class PublishedSite : ServedSite, IDisposable
{
    private readonly TempSite _input = new TempSite().CopyInputFrom(RepositoryPaths.BundledInput);

    public PublishedSite()
    {
        var settings = Path.Combine(_input.Input, "settings.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("https://iprarchive.example.org/", "https://ipr-archive.github.io/", StringComparison.Ordinal));
    }

    protected override string InputDirectory => _input.Input;

    /// <inheritdoc/>
    public void Dispose() => _input.Dispose();
}

/// <summary>
/// Without JavaScript the site's search cannot run, and a static page cannot read <c>?q=</c>: the
/// search boxes send the reader's words to DuckDuckGo restricted to the site instead, and the search
/// page says so. Outgoing requests are intercepted (no network here) and their query checked.
/// </summary>
public sealed class NoScriptSearchFallbackTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private const string Engine = "https://duckduckgo.com/**";

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_header_box_sends_the_query_to_a_web_search_of_the_site(int width, int height)
    {
        var page = await site.NewPageAsync(width, height, javaScript: false);
        var sent = await InterceptAsync(page);
        await page.GotoAsync(site.Url("/speakers/shen-changyu/"));

        await page.Locator("#site-search-header").FillAsync("patent pools");
        await page.Locator("#site-search-header").PressAsync("Enter");

        var url = new Uri(await sent.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("duckduckgo.com", url.Host);
        Assert.Equal("patent pools", query["q"]);
        Assert.Equal("ipr-archive.github.io", query["sites"]);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_search_page_says_what_happened_and_its_box_keeps_the_query(int width, int height)
    {
        var page = await site.NewPageAsync(width, height, javaScript: false);
        var sent = await InterceptAsync(page);
        await page.GotoAsync(site.Url("/search/?q=wipo"));

        var notice = await page.Locator(".search-noscript").InnerTextAsync();
        Assert.Contains("needs JavaScript, which is off", notice, StringComparison.Ordinal);
        Assert.Contains("DuckDuckGo, which searches only this site (ipr-archive.github.io)", notice, StringComparison.Ordinal);
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"search-noscript-{width}.png") });
        await page.Locator("#site-search-page-q").FillAsync("\"geographical indications\"");
        await page.Locator("#site-search-page-q").PressAsync("Enter");

        var url = new Uri(await sent.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("\"geographical indications\"", System.Web.HttpUtility.ParseQueryString(url.Query)["q"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task With_javascript_the_box_goes_to_the_site_s_own_search()
    {
        var page = await site.NewPageAsync();
        var sent = await InterceptAsync(page);
        await page.GotoAsync(site.Url("/speakers/shen-changyu/"));

        await page.Locator("#site-search-header").FillAsync("patent pools");
        await page.Locator("#site-search-header").PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/search/\\?q=patent"));

        Assert.DoesNotContain("sites=", page.Url, StringComparison.Ordinal);
        Assert.False(sent.Task.IsCompleted);
        await page.Context.CloseAsync();
    }

    private static async Task<TaskCompletionSource<string>> InterceptAsync(IPage page)
    {
        var sent = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(Engine, async route =>
        {
            sent.TrySetResult(route.Request.Url);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<title>stand-in</title>" });
        });
        return sent;
    }
}
