using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Site;

/// <summary>A site whose pull request passes check --strict, yet adds an "image" that is really HTML and SVG with scripts.</summary>
public sealed class PullRequestSite : ServedSite
{
    protected override string InputDirectory => Path.Combine(RepositoryPaths.Fixture("browser-pull-request"), "input");
}

/// <summary>
/// Files a pull request can add without `check --strict` failing are content only: in Chromium,
/// none of them runs a script, whether shown in a page or opened directly.
/// </summary>
public sealed class PullRequestFilesInBrowserTests(PullRequestSite site) : IClassFixture<PullRequestSite>
{
    [Fact]
    public async Task No_file_of_the_pull_request_runs_a_script_in_a_page_or_opened_directly()
    {
        var paths = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Append("/assets/img/evil.png")
            .ToList();

        foreach (var path in paths)
        {
            var page = await site.NewPageAsync();
            var dialogs = 0;
            page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
            await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            foreach (var link in await page.QuerySelectorAllAsync("a[href]"))
            {
                await link.HoverAsync(new ElementHandleHoverOptions { Force = true, Timeout = 2_000 }).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            var pwned = await page.EvaluateAsync<string?>("() => window.__pwned ?? null");
            var frames = await Task.WhenAll(page.Frames.Select(f => f.EvaluateAsync<string?>("() => window.__pwned ?? null").ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default)));
            Assert.True(pwned is null, $"{path}: a script of the pull request ran ({pwned})");
            Assert.All(frames, f => Assert.Null(f));
            Assert.Equal(0, dialogs);
            await page.Context.CloseAsync();
        }
    }
}
