using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>
/// Screenshots of the main page types at 1280×800 and 390×844, kept as test artifacts under
/// tests/TestResults/screenshots (the reviewed ones are copied to docs/screenshots/).
/// </summary>
[Collection(BundledSiteCollection.Name)]
public sealed class ScreenshotTests(ServedSite site)
{
    public static TheoryData<string, string, int> Shots()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (name, path) in new[]
        {
            ("home", "/"), ("record", "/announcements/2021/china-to-boost-international-ipr-cooperation/"), ("speaker", "/speakers/shen-changyu/"),
            ("organization", "/organizations/cnipa/"), ("plan", "/plans/14th-five-year-plan/"), ("topic", "/topics/wipo/"), ("year", "/announcements/2021/"),
            ("about", "/about/"),
        })
        {
            data.Add(name, path, 1280);
            data.Add(name, path, 390);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Page_renders_without_horizontal_scrolling(string name, string path, int width)
    {
        var page = await site.NewPageAsync(width, width == 390 ? 844 : 800);
        await page.GotoAsync(site.Url(path));

        var folder = Path.Combine(RepositoryPaths.Root, "tests", "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        // The first screen alone, as a reader sees it before scrolling.
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}-first-screen.png") });

        Assert.True(new FileInfo(file).Length > 10_000);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{name} at {width}px scrolls sideways by {overflow}px");
        Assert.Equal(name == "home" ? 1 : 1, await page.Locator("h1").CountAsync());
        await page.Context.CloseAsync();
    }
}
