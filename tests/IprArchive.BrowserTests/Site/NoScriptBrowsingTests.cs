using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>A reader with JavaScript turned off can still find their way around.</summary>
[Collection(BundledSiteCollection.Name)]
public sealed class NoScriptBrowsingTests(ServedSite site)
{
    [Fact]
    public async Task Reader_goes_from_home_to_a_speaker_and_to_one_of_their_statements_without_javascript()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Url("/"));

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Shen Changyu", Exact = true }).First.ClickAsync();
        Assert.EndsWith("/speakers/shen-changyu/", page.Url, StringComparison.Ordinal);
        await page.Locator("main a[href*='/announcements/2021/']").First.ClickAsync();

        Assert.Contains("/announcements/2021/", page.Url, StringComparison.Ordinal);
        Assert.Contains("Shen Changyu", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_form_submits_as_a_plain_get()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Url("/"));

        var box = page.Locator("form[role=search] input[name=q], form input[name=q]").First;
        await box.FillAsync("patent");
        await box.PressAsync("Enter");

        Assert.Contains("/search/", page.Url, StringComparison.Ordinal);
        Assert.Contains("q=patent", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
