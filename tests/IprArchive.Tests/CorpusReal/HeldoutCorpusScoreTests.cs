using IprArchive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IprArchive.Tests.CorpusReal;

/// <summary>
/// The held-out third of the real evaluation set (tests/corpus-real/heldout), scored the same
/// way as the dev part. Nobody tunes code on these records: the figures are printed for the
/// issue's note.
/// </summary>
public sealed class HeldoutCorpusScoreTests(ITestOutputHelper output)
{
    private static string Heldout => Path.Combine(RepositoryPaths.Root, "tests", "corpus-real", "heldout");

    [Fact]
    public void Attribution_on_the_heldout_records_is_scored_and_printed()
    {
        var figures = CorpusScore.Of(Heldout);

        output.WriteLine("heldout: " + figures);
        figures.Errors.ToList().ForEach(output.WriteLine);
        Assert.True(figures.Credited > 0, "the held-out records gave no statements at all");
    }
}
