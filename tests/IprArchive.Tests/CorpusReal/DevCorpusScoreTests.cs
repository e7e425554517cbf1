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

        output.WriteLine("dev: " + figures);
        figures.Errors.ToList().ForEach(output.WriteLine);
        Assert.True(figures.AttributionPrecision >= 0.97, $"attribution precision: {figures}");
        Assert.True(figures.AttributionRecall >= 0.90, $"attribution recall: {figures}");
        Assert.True(figures.DetectionPrecision >= 0.95, $"detection precision: {figures}");
        Assert.True(figures.TurnRecall >= 0.95, $"turn recall: {figures}");
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
        Assert.False(figures.AttributionPrecision >= 0.97 && figures.AttributionRecall >= 0.90 && figures.DetectionPrecision >= 0.95,
            $"the score does not depend on the cues: {figures}");
    }
}
