using IprArchive.Statements;
using IprArchive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IprArchive.Tests.CorpusReal;

/// <summary>
/// Issue 12's bar on the real evaluation set's dev part (tests/corpus-real/dev): the records
/// go through the production chain and are scored against the hand judgments, which were
/// written before any attribution code ran on them.
/// </summary>
public sealed class DevCorpusScoreTests(ITestOutputHelper output)
{
    internal static string Dev => Path.Combine(RepositoryPaths.Root, "tests", "corpus-real", "dev");

    [Fact]
    public void Attribution_on_the_dev_records_meets_the_bar_and_the_figures_are_printed()
    {
        var figures = CorpusScore.Of(Dev);

        IssueBar.Print(output, "dev", figures);
        IssueBar.AssertMet(figures);
    }

    [Fact]
    public void The_only_speaker_fallback_alone_scores_worse_than_the_rules_on_dev_and_the_old_heldout()
    {
        foreach (var (name, part) in new[] { ("dev", Dev), ("old heldout", HeldoutCorpusScoreTests.Heldout) })
        {
            var rules = CorpusScore.Of(part);
            var fallback = CorpusScore.Of(part, fallbackAlone: true);

            output.WriteLine($"{name}, only-speaker fallback alone: {fallback}");
            Assert.True(fallback.AttributionPrecision < rules.AttributionPrecision, $"{name}: the fallback alone ({fallback}) is as precise as the rules ({rules})");
            Assert.False(fallback.AttributionPrecision >= IssueBar.AttributionPrecision && fallback.DetectionPrecision >= IssueBar.DetectionPrecision, $"{name}: the fallback alone meets the precision bar: {fallback}");
        }
    }

    [Fact]
    public void With_the_cues_disabled_the_dev_score_falls_below_the_bar()
    {
        CorpusFigures figures;
        using (QuoteAttributor.WithoutCues())
        {
            figures = CorpusScore.Of(Dev);
        }

        output.WriteLine("dev without cues: " + figures);
        Assert.False(figures.AttributionPrecision >= IssueBar.AttributionPrecision && figures.AttributionRecall >= IssueBar.AttributionRecall && figures.DetectionPrecision >= IssueBar.DetectionPrecision,
            $"the score does not depend on the cues: {figures}");
    }
}
