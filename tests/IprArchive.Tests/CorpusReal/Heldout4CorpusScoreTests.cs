using IprArchive.Statements;
using IprArchive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IprArchive.Tests.CorpusReal;

/// <summary>
/// The fourth held-out part (tests/corpus-real/heldout4): 18 records judged and committed before
/// any code ran on them ("judged before running the code"), scored once, after the rules were
/// changed on dev, the old heldout, heldout2 and heldout3. The floors are that single score,
/// rounded down (heldout4/README.md): precision 100% (15/15), detection precision 100%, recall
/// 78.9% (15/19), turn recall 80% (8/10). The cues must also earn recall on this unseen text
/// (42.1% with them switched off).
/// </summary>
public sealed class Heldout4CorpusScoreTests(ITestOutputHelper output)
{
    private static string Heldout4 => Path.Combine(RepositoryPaths.Root, "tests", "corpus-real", "heldout4");

    [Fact]
    public void Attribution_on_the_fourth_heldout_records_keeps_its_single_score()
    {
        var figures = CorpusScore.Of(Heldout4);

        IssueBar.Print(output, "heldout4 (fresh)", figures);
        output.WriteLine("heldout4, only-speaker fallback alone: " + CorpusScore.Of(Heldout4, fallbackAlone: true));
        CorpusFigures withoutCues;
        using (QuoteAttributor.WithoutCues())
        {
            withoutCues = CorpusScore.Of(Heldout4);
        }

        output.WriteLine("heldout4 without cues: " + withoutCues);
        Assert.True(figures.AttributionPrecision >= 1.0, $"attribution precision: {figures}");
        Assert.True(figures.DetectionPrecision >= 1.0, $"detection precision: {figures}");
        Assert.True(figures.AttributionRecall >= 0.78, $"attribution recall: {figures}");
        Assert.True(figures.TurnRecall >= 0.80, $"turn recall: {figures}");
        Assert.True(figures.AttributionRecall > withoutCues.AttributionRecall, $"the cues earn no recall on unseen text: {figures} against {withoutCues}");
    }
}
