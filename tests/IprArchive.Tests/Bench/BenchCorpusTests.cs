using IprArchive.Cli.Bench;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Bench;

/// <summary>
/// The one edit the bench makes to the generated corpus: a record whose year folder already holds
/// an earlier record with the same file name after the date gets its whole file name as slug.
/// </summary>
public sealed class BenchCorpusTests
{
    private const string Record = "---\ntitle: \"Remarks on quality\"\ndate: 2019-03-04\n---\nBody text.\n";

    [Fact]
    public void Every_record_but_the_first_sharing_a_year_and_a_slug_gets_its_file_name_as_slug_and_nothing_else_changes()
    {
        using var site = new TempSite();
        var first = site.Write("announcements/2019/2019-03-04-remarks-on-quality.md", Record);
        var second = site.Write("announcements/2019/2019-07-01-remarks-on-quality.md", Record);
        var third = site.Write("announcements/2019/2019-11-30-remarks-on-quality.md", Record);
        var other = site.Write("announcements/2019/2019-05-05-remarks-on-quality-again.md", Record);
        var nextYear = site.Write("announcements/2020/2020-01-02-remarks-on-quality.md", Record);

        var added = BenchCorpus.DisambiguateSlugs(Path.Combine(site.Input, "announcements"));

        Assert.Equal(2, added);
        Assert.Equal("---\nslug: 2019-07-01-remarks-on-quality\ntitle: \"Remarks on quality\"\ndate: 2019-03-04\n---\nBody text.\n", File.ReadAllText(second));
        Assert.Equal("---\nslug: 2019-11-30-remarks-on-quality\ntitle: \"Remarks on quality\"\ndate: 2019-03-04\n---\nBody text.\n", File.ReadAllText(third));
        foreach (var unchanged in new[] { first, other, nextYear })
        {
            Assert.Equal(Record, File.ReadAllText(unchanged));
        }
    }

    [Fact]
    public void A_corpus_without_repeated_slugs_is_left_as_generated()
    {
        using var site = new TempSite();
        var a = site.Write("announcements/2019/2019-03-04-a.md", Record);
        var b = site.Write("announcements/2019/2019-03-04-b.md", Record);

        Assert.Equal(0, BenchCorpus.DisambiguateSlugs(Path.Combine(site.Input, "announcements")));
        Assert.Equal(Record, File.ReadAllText(a));
        Assert.Equal(Record, File.ReadAllText(b));
    }
}
