using IprArchive.Content;
using IprArchive.Statements;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Statements;

/// <summary>IPR050 from <c>iprarchive check</c>, located at the quotation's opening mark.</summary>
public sealed class QuotationCheckTests : IDisposable
{
    private const string Record = "announcements/2021/2021-09-01-two-speakers.md";
    private readonly TempSite _temp = new TempSite().CopyFixture("site-basic");

    public void Dispose() => _temp.Dispose();

    private void WriteTwoSpeakerRecord() => _temp.Write(Record, string.Join('\n',
        "---",                                             // 1
        "title: Two speakers",                             // 2
        "date: 2021-09-01",                                // 3
        "speakers: [shen-changyu, francis-gurry]",         // 4
        "---",                                             // 5
        "",                                                // 6
        "The two heads met in Geneva.",                    // 7
        "",                                                // 8
        "Shen said \"cooperation between our offices will deepen,\" and thanked WIPO.", // 9
        "",                                                // 10
        "Both welcomed the plan. It is \"a milestone for the whole system of IP in Asia\".", // 11
        ""));

    [Fact]
    public async Task Check_warns_about_an_ambiguous_quotation_at_its_line_and_column()
    {
        WriteTwoSpeakerRecord();

        var result = await CliRunner.RunAsync("check", "--input", _temp.Input);

        var line = Assert.Single(result.Output.Split('\n'), l => l.Contains("IPR050", StringComparison.Ordinal));
        Assert.Contains($"{Record}:11:31: warning IPR050:", line, StringComparison.Ordinal);
        Assert.Contains("a milestone for the whole", line, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Check_and_build_agree_on_what_is_ambiguous()
    {
        WriteTwoSpeakerRecord();
        var content = ContentLoader.Load(_temp.Input);

        var warning = Assert.Single(IprArchive.Pipelines.Records.RecordCompiler.ForCheck(content.Settings).Check(content.Announcements));

        Assert.Equal(("IPR050", Record, 11, 31), (warning.Code, warning.File, warning.Line, warning.Column));
    }

    [Fact]
    public async Task A_quotation_credited_by_its_sentence_is_not_reported()
    {
        WriteTwoSpeakerRecord();

        using var site = await Site.BuiltSite.BuildAsync(_temp.Input);

        Assert.True(site.Result.Succeeded, site.Problems);
        var warning = Assert.Single(site.Result.Diagnostics, d => d.Code == "IPR050");
        Assert.Equal((11, 31), (warning.Line, warning.Column));
        var q1 = site.Page("/announcements/2021/two-speakers/").QuerySelector("q#q-1")!;
        Assert.Equal("\u201Ccooperation between our offices will deepen,\u201D", q1.TextContent);
    }
}
