using IprArchive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IprArchive.Tests.CorpusReal;

/// <summary>
/// The first held-out part (tests/corpus-real/heldout). It was scored once and its errors read
/// (four only-speaker credits), so it is dev material now: the rules were tightened on it and it
/// must meet the dev bar. The fresh held-out part is <see cref="HeldoutPartScoreTests"/>.
/// </summary>
public sealed class HeldoutCorpusScoreTests(ITestOutputHelper output)
{
    internal static string Heldout => Path.Combine(RepositoryPaths.Root, "tests", "corpus-real", "heldout");

    [Fact]
    public void Attribution_on_the_old_heldout_records_meets_the_dev_bar_and_the_figures_are_printed()
    {
        var figures = CorpusScore.Of(Heldout);

        IssueBar.Print(output, "old heldout (now dev material)", figures);
        IssueBar.AssertMet(figures);
    }
}
