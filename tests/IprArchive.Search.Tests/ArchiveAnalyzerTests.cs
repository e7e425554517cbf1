using IprArchive.Search.Analysis;

namespace IprArchive.Search.Tests;

public sealed class ArchiveAnalyzerTests : IDisposable
{
    private readonly ArchiveAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    private string[] Tokens(string text) =>
        AnalyzedToken.Analyze(_analyzer, text).Select(t => $"{t.Term}@{t.Position}[{t.Start},{t.End})").ToArray();

    [Fact]
    public void Stop_words_leave_position_gaps_and_words_are_stemmed()
    {
        Assert.Equal(["protect@0[0,10)", "intellectu@3[18,30)", "properti@4[31,39)"], Tokens("Protecting of the intellectual property"));
    }

    [Fact]
    public void Possessives_are_dropped_and_accents_folded()
    {
        Assert.Equal(["antonio@0[0,7)", "campino@1[8,18)", "speech@2[19,25)"], Tokens("António Campinos's speech"));
        Assert.Equal(["director@0[0,10)"], Tokens("Director’s"));
    }

    [Fact]
    public void Cjk_runs_become_overlapping_bigrams_and_a_lone_character_stays_whole()
    {
        Assert.Equal(["知识@0[0,2)", "识产@1[1,3)", "产权@2[2,4)"], Tokens("知识产权"));
        Assert.Equal(["权@0[0,1)"], Tokens("权"));
        Assert.Equal(["中国@0[0,2)", "cnipa@1[2,7)", "局长@2[7,9)"], Tokens("中国CNIPA局长"));
    }

    [Fact]
    public void Keyword_fields_keep_the_whole_lowercased_value()
    {
        using var exact = new ExactValueAnalyzer();
        Assert.Equal(["announcement"], AnalyzedToken.Analyze(exact, "Announcement").Select(t => t.Term));
    }
}
