using AngleSharp.Html.Parser;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Statements;

/// <summary>
/// tests/fixtures/site-transcript built by <c>iprarchive build</c>: the transcript reads as one,
/// an official's answer is found by <c>search --quotes</c> and listed on the official's page,
/// a journalist's question is neither.
/// </summary>
public sealed class TranscriptSiteTests : IAsyncLifetime
{
    private const string Page = "announcements/2021/scio-briefing-14th-plan/index.html";
    private readonly TempSite _temp = new();

    private string Output => Path.Combine(_temp.Root, "output");

    public async Task InitializeAsync()
    {
        var build = await CliRunner.RunAsync("build", "--input", RepositoryPaths.Fixture("site-transcript") + "/input", "--output", Output, "--theme", Path.Combine(RepositoryPaths.Root, "theme"));
        Assert.True(build.ExitCode == 0, build.Output);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private AngleSharp.Html.Dom.IHtmlDocument Parse(string sitePath) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, sitePath)));

    [Fact]
    public void The_page_shows_each_turn_with_its_speaker_set_off_and_questions_marked()
    {
        var page = Parse(Page);

        var turns = page.QuerySelectorAll("article div.turn");
        Assert.Equal(["t-1", "t-2", "t-3", "t-4", "t-5", "t-6"], turns.Select(t => t.Id));
        Assert.Equal(["Hu Wenhui, spokesperson of CNIPA:", "Shen Changyu:", "Reporter (Xinhua News Agency):", "Shen Changyu:", "China Daily:", "Hu Wenhui:"],
            turns.Select(t => t.QuerySelector("b.turn-speaker")!.TextContent));
        Assert.Equal(["t-3", "t-5"], page.QuerySelectorAll("article div.turn-question").Select(t => t.Id));
        Assert.Equal(2, turns[1].QuerySelectorAll("p").Length);
    }

    [Fact]
    public async Task An_officials_answer_is_found_with_quotes_and_links_to_its_turn()
    {
        var result = await CliRunner.RunAsync("search", "examination standard abnormal applications", "--quotes", "--index", Output);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal("1 quotation; showing 1-1.", lines[0]);
        Assert.Contains(lines, l => l.Contains("Shen Changyu (Commissioner, CNIPA)", StringComparison.Ordinal));
        Assert.Contains("     /announcements/2021/scio-briefing-14th-plan/#t-4", lines);
    }

    [Fact]
    public async Task A_journalists_question_is_no_quotation()
    {
        var result = await CliRunner.RunAsync("search", "trademark squatting", "--quotes", "--index", Output);

        Assert.DoesNotContain("#t-5", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("#t-3", (await CliRunner.RunAsync("search", "patent quality", "--quotes", "--index", Output)).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answers_are_listed_on_the_speakers_page_and_the_question_is_not()
    {
        var shen = Parse("speakers/shen-changyu/index.html");

        var links = shen.QuerySelectorAll("a[href*='#t-']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Contains(links, h => h.EndsWith("/scio-briefing-14th-plan/#t-2", StringComparison.Ordinal));
        Assert.Contains(links, h => h.EndsWith("/scio-briefing-14th-plan/#t-4", StringComparison.Ordinal));
        Assert.DoesNotContain(links, h => h.EndsWith("#t-3", StringComparison.Ordinal) || h.EndsWith("#t-5", StringComparison.Ordinal));
        Assert.Contains("We will keep tightening the examination standard", shen.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
