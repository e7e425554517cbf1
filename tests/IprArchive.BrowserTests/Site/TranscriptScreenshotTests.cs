using Deque.AxeCore.Playwright;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>tests/fixtures/site-transcript, built and served.</summary>
public sealed class TranscriptSite : ServedSite
{
    /// <inheritdoc/>
    protected override string InputDirectory => Path.Combine(RepositoryPaths.Fixture("site-transcript"), "input");
}

/// <summary>Tests that share <see cref="TranscriptSite"/>.</summary>
[CollectionDefinition(Name)]
public sealed class TranscriptSiteCollection : ICollectionFixture<TranscriptSite>
{
    public const string Name = "transcript site";
}

/// <summary>
/// A press-conference transcript at desktop and phone widths: the speakers' names set off, the
/// journalists' questions on a panel of their own, nothing scrolling sideways. The screenshots
/// are kept as test artifacts (docs/screenshots holds the reviewed ones).
/// </summary>
[Collection(TranscriptSiteCollection.Name)]
public sealed class TranscriptScreenshotTests(TranscriptSite site)
{
    private const string Path = "/announcements/2021/scio-briefing-14th-plan/";

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Transcript_reads_as_a_transcript(int width)
    {
        var page = await site.NewPageAsync(width, 900);
        await page.GotoAsync(site.Url(Path));

        var folder = System.IO.Path.Combine(RepositoryPaths.Root, "tests", "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var file = System.IO.Path.Combine(folder, $"transcript-{width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        // The transcript alone, at a size a reviewer can read.
        await page.Locator("article .body").ScreenshotAsync(new() { Path = System.IO.Path.Combine(folder, $"transcript-{width}-body.png") });

        Assert.True(new FileInfo(file).Length > 10_000);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the transcript at {width}px scrolls sideways by {overflow}px");
        Assert.Equal("700", await page.Locator("#t-2 .turn-speaker").EvaluateAsync<string>("e => getComputedStyle(e).fontWeight"));
        var question = await page.Locator("#t-3").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor + ' ' + getComputedStyle(e).borderLeftColor");
        var answer = await page.Locator("#t-4").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor + ' ' + getComputedStyle(e).borderLeftColor");
        Assert.NotEqual(answer, question);
        Assert.Equal("italic", await page.Locator("#t-3 p").First.EvaluateAsync<string>("e => getComputedStyle(e).fontStyle"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_transcript()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(Path));

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
        await page.Context.CloseAsync();
    }
}
