using AngleSharp.Dom;

namespace IprArchive.Tests.Site;

/// <summary>The record page as a fact-checker reads it: the facts under the title, each quotation once, a citation to copy.</summary>
public sealed class RecordPageTests(PagesSiteFixture fixture) : IClassFixture<PagesSiteFixture>
{
    private const string Tagged = "/announcements/2021/tagged-plan/";
    private const string ByDate = "/announcements/2022/untagged-in-period/";
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_fact_box_comes_right_after_the_title_with_date_speaker_event_plan_topics_and_source()
    {
        var page = Site.Page(Tagged);
        var box = page.QuerySelector("article h1 + p.summary")!.ParentElement!.NextElementSibling!;

        Assert.Equal("DL", box.TagName);
        Assert.Contains("fact-box", box.ClassList);
        Assert.Equal(["Date", "Speaker", "Event", "Plan period", "Topics", "Original source", "Cite"], box.QuerySelectorAll("dt").Select(d => d.TextContent));
        Assert.Equal("1 November 2021", box.QuerySelector("time[datetime='2021-11-01']")!.TextContent);
        var speaker = box.QuerySelector("li:has(a.speaker)")!;
        Assert.Equal("Gan Shaoning, Deputy head, CNIPA", speaker.TextContent.Trim());
        Assert.Equal("/organizations/cnipa/", speaker.QuerySelector("a.organization")!.GetAttribute("href"));
        Assert.Equal("14th Five-Year Plan (2021-2025) (tagged by an editor)", Dd(box, "Plan period").TextContent.Trim());
        Assert.Equal("Qiushi (en.qstheory.cn)", Dd(box, "Original source").TextContent.Trim());
        Assert.Equal("http://en.qstheory.cn/2021-11/02/c_676268.htm", box.QuerySelector("a.source")!.GetAttribute("href"));
    }

    [Fact]
    public void Topics_show_their_registry_display_names_and_spellings_of_one_topic_merge()
    {
        Assert.Equal(["WIPO", "international cooperation"], Site.Page(Tagged).QuerySelectorAll(".fact-box .tags a").Select(a => a.TextContent));
        Assert.Equal(["PCT", "statistics"], Site.Page(ByDate).QuerySelectorAll(".fact-box .tags a").Select(a => a.TextContent));
        Assert.Equal("WIPO", Site.Page("/topics/wipo/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Each_quotation_is_printed_once_and_listed_below_by_its_first_words_with_a_cite_control()
    {
        var page = Site.Page(Tagged);
        const string words = "The country has actively participated in global IPR governance and international rule-making under the WIPO framework";

        Assert.Equal(1, Occurrences(page.Body!.TextContent, words));
        var entries = page.QuerySelectorAll(".statements ol > li").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("‘The country has actively participated in global IPR…’", entries[0].QuerySelector("a")!.TextContent);
        Assert.Equal("#q-1", entries[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.EndsWith("— Gan Shaoning, Deputy head, CNIPA", entries[0].TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("pre"));
    }

    [Fact]
    public void The_citation_follows_mhra_with_the_publisher_the_archived_address_and_a_date_accessed()
    {
        var text = Site.Page(Tagged).QuerySelector("#site-citation-text")!.TextContent;

        Assert.Equal(
            "Gan Shaoning, ‘China to boost international IPR cooperation’, Press conference, 1 November 2021, "
            + "Qiushi <http://en.qstheory.cn/2021-11/02/c_676268.htm>, archived in Pages Archive "
            + "<https://archive.example.org/announcements/2021/tagged-plan/> [accessed date accessed].",
            text);
    }

    [Fact]
    public void A_source_without_a_publisher_is_cited_by_its_host()
    {
        var text = Site.Page(ByDate).QuerySelector("#site-citation-text")!.TextContent;

        Assert.StartsWith("Shen Changyu, ‘CNIPA reports patent figures’, 1 March 2022, www.cnipa.gov.cn <https://www.cnipa.gov.cn/report>, archived in", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bibtex_and_csl_json_are_not_printed_in_the_page()
    {
        var html = Site.Text(Tagged + "index.html");

        Assert.DoesNotContain("@misc", html, StringComparison.Ordinal);
        Assert.DoesNotContain("date-parts", html, StringComparison.Ordinal);
    }

    private static IElement Dd(IElement box, string term) =>
        box.QuerySelectorAll("dt").Single(d => d.TextContent == term).NextElementSibling!;

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
