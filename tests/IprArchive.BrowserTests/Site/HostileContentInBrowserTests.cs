using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Site;

/// <summary>A site whose record carries script in every field it can (tests/fixtures/browser-injection).</summary>
public sealed class HostileSite : ServedSite
{
    protected override string InputDirectory => Path.Combine(RepositoryPaths.Fixture("browser-injection"), "input");
}

/// <summary>Editors' text is untrusted: in a real browser none of it may run.</summary>
public sealed class HostileContentInBrowserTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public async Task No_hostile_value_runs_on_any_page()
    {
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .ToList();
        Assert.NotEmpty(pages);

        foreach (var path in pages)
        {
            var page = await site.NewPageAsync();
            var dialogs = 0;
            page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
            await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await HoverEverythingAsync(page);

            var pwned = await page.EvaluateAsync<string?>("() => window.__pwned ?? null");
            var scriptUrls = await page.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]).filter(a => /^\\s*javascript:/i.test(a.value)).length");
            Assert.True(pwned is null, $"{path}: hostile script ran ({pwned})");
            Assert.Equal(0, dialogs);
            Assert.Equal(0, scriptUrls);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Hostile_title_is_shown_as_text()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/announcements/2021/hostile/"));

        var heading = await page.Locator("h1").InnerTextAsync();

        Assert.Contains("</script><script>window.__pwned = 'title'</script>", heading, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static async Task HoverEverythingAsync(IPage page)
    {
        // Event-handler attributes such as onmouseover must not survive; hovering proves it.
        foreach (var element in await page.Locator("main *:visible").AllAsync())
        {
            await element.HoverAsync(new LocatorHoverOptions { Timeout = 500, Force = true }).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
