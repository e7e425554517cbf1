namespace IprArchive.Tests.Site;

/// <summary>Plan periods by date, speaker and organisation pages, feeds of every facet value, the about and home pages.</summary>
public sealed class PeopleAndPlanPageTests(PagesSiteFixture fixture) : IClassFixture<PagesSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void A_record_dated_inside_a_plan_period_is_in_it_and_the_plan_page_says_which_were_tagged()
    {
        var page = Site.Page("/plans/14th-five-year-plan/");

        var notes = page.QuerySelectorAll(".items > li").ToDictionary(i => i.QuerySelector("li > a")!.TextContent, i => i.QuerySelector(".item-note")!.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["CNIPA reports patent figures"] = "by date", ["China to boost international IPR cooperation"] = "tagged" }, notes);
        Assert.Contains(page.QuerySelectorAll(".fact"), f => f.TextContent.StartsWith("Records of CNIPA dated inside these years are in the period", StringComparison.Ordinal));
        Assert.Equal("14th Five-Year Plan (2021-2025) (by date)", Site.Page("/announcements/2022/untagged-in-period/").QuerySelector(".fact-box a.plan")!.ParentElement!.TextContent.Trim());
    }

    [Fact]
    public void A_plan_applies_only_to_the_records_of_its_organisations()
    {
        // The 2016 record is CNIPA's (as SIPO), inside WIPO's 2016-2021 plan, which applies to WIPO's records only.
        Assert.Null(Site.Page("/announcements/2016/sipo-geneva/").QuerySelector(".fact-box a.plan"));
        Assert.False(Site.Has("/plans/wipo-medium-term-strategic-plan-2016-2021/index.html"));
    }

    [Fact]
    public void A_speaker_page_says_the_current_role_then_earlier_roles_with_dates_and_organisations()
    {
        var page = Site.Page("/speakers/shen-changyu/");

        Assert.Equal("Commissioner, CNIPA (since 28 August 2018)", page.QuerySelector(".current-role")!.TextContent);
        Assert.Equal("Commissioner, SIPO (1 January 2015 – 27 August 2018)", page.QuerySelector(".fact-box dd li")!.TextContent);
        Assert.Equal("Also written 申长雨", page.QuerySelector(".aliases")!.TextContent);
        Assert.Equal("zh", page.QuerySelector(".aliases .name")!.GetAttribute("lang"));
        Assert.Equal("2 records", page.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public void An_organisation_page_shows_former_names_and_aliases_under_its_name()
    {
        var header = Site.Page("/organizations/cnipa/").QuerySelector(".archive-header")!;

        Assert.Equal("Formerly State Intellectual Property Office (SIPO) (until 28 August 2018)", header.QuerySelector(".former-names")!.TextContent);
        Assert.Equal("Also known as 国家知识产权局", header.QuerySelector(".aliases")!.TextContent);
        Assert.Equal("zh", header.QuerySelector(".aliases .name")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/plans/14th-five-year-plan/")]
    [InlineData("/announcements/2021/")]
    [InlineData("/topics/wipo/")]
    [InlineData("/speakers/shen-changyu/")]
    public void Every_facet_value_has_a_feed_whose_address_the_page_offers_to_copy(string url)
    {
        var page = Site.Page(url);

        Assert.True(Site.Has(url + "feed.xml"), url + "feed.xml");
        Assert.Equal("https://archive.example.org" + url + "feed.xml", page.QuerySelector(".feed-box input[readonly]")!.GetAttribute("value"));
        Assert.Contains("feed reader", page.QuerySelector(".feed-box")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_about_page_has_the_editors_text_and_the_corrections_form_and_every_footer_links_to_it()
    {
        var about = Site.Page("/about/");

        Assert.Equal("Who runs it", about.QuerySelector("main h2")!.TextContent);
        Assert.Equal("https://github.com/example/pages-archive/issues/new?template=correction.yml", about.QuerySelector("#corrections a")!.GetAttribute("href"));
        foreach (var file in Site.HtmlFiles().Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var page = Site.Page(file);
            Assert.True(page.QuerySelector("footer a[href='/about/']") is not null || page.QuerySelector("meta[http-equiv='refresh']") is not null, file);
        }
    }

    [Fact]
    public void The_home_page_has_one_search_box_the_name_once_and_the_latest_records_and_statements()
    {
        var home = Site.Page("/");

        Assert.Single(home.QuerySelectorAll("input[type='search']"));
        Assert.NotEqual("Pages Archive", home.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Latest records", "Latest statements"], home.QuerySelectorAll(".home-columns h2").Select(h => h.TextContent));
        Assert.Equal("CNIPA reports patent figures", home.QuerySelector(".latest li > a")!.TextContent);
        Assert.Contains("The country has actively participated", home.QuerySelector(".latest-statements blockquote")!.TextContent, StringComparison.Ordinal);
    }
}
