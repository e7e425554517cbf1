namespace IprArchive.Tests.Site;

public sealed class ArchivePageTests(BasicSiteFixture fixture) : IClassFixture<BasicSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Speaker_pages_list_statements_newest_first_paginated_by_the_page_size()
    {
        // site-basic has page_size 2 and three published statements by Shen Changyu.
        var first = Site.Page("/speakers/shen-changyu/");
        var second = Site.Page("/speakers/shen-changyu/page/2/");

        Assert.Equal(["/announcements/2021/shen-changyu-zh/", "/announcements/2021/shen-changyu-plan/"], first.QuerySelectorAll(".items > li > a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/announcements/2016/shen-changyu-geneva/"], second.QuerySelectorAll(".items > li > a").Select(a => a.GetAttribute("href")));
        Assert.Contains("SIPO", second.QuerySelector(".items > li > p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Paginated_pages_link_each_other_with_rel_prev_and_next()
    {
        var first = Site.Page("/speakers/shen-changyu/");
        var second = Site.Page("/speakers/shen-changyu/page/2/");

        Assert.Equal("/speakers/shen-changyu/page/2/", first.QuerySelector("head link[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("head link[rel=prev]"));
        Assert.Equal("/speakers/shen-changyu/", second.QuerySelector("head link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(["1", "2"], first.QuerySelectorAll(".pagination a:not([rel])").Select(a => a.TextContent));
        Assert.Equal("2", second.QuerySelector(".pagination a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public void Organisation_pages_show_former_names_and_link_their_feed()
    {
        var page = Site.Page("/organizations/cnipa/");

        Assert.Equal("CNIPA", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Formerly State Intellectual Property Office (SIPO)", page.QuerySelector(".archive-header .former-names")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/organizations/cnipa/feed.xml", page.QuerySelector("head link[rel=alternate][type='application/atom+xml'][title^='Organisation']")!.GetAttribute("href"));
        Assert.Contains(Site.Page("/organizations/").QuerySelectorAll(".entries li"), li => li.TextContent.Contains("formerly SIPO", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_pages_show_their_span_and_statements()
    {
        var page = Site.Page("/plans/14th-five-year-plan/");

        Assert.Contains(page.QuerySelectorAll(".fact"), f => f.TextContent == "Covers 2021–2025");
        Assert.Equal(2, page.QuerySelectorAll(".items > li").Length);
    }

    [Fact]
    public void Topic_and_year_archives_exist_with_their_statements()
    {
        Assert.Equal(2, Site.Page("/topics/wipo/").QuerySelectorAll(".items > li").Length);
        Assert.Equal(2, Site.Page("/announcements/2021/").QuerySelectorAll(".items > li").Length);
        Assert.Equal(["2021", "2020", "2016"], Site.Page("/announcements/").QuerySelectorAll(".entries a").Select(a => a.TextContent));
    }

    [Fact]
    public void Home_lists_the_latest_statements_and_every_way_in()
    {
        var home = Site.Page("/");

        Assert.Equal("/announcements/2021/shen-changyu-zh/", home.QuerySelector(".latest li > a")!.GetAttribute("href"));
        foreach (var section in new[] { "/announcements/2021/", "/speakers/shen-changyu/", "/organizations/wipo/", "/plans/14th-five-year-plan/", "/topics/patents/" })
        {
            Assert.NotNull(home.QuerySelector($".ways-in a[href='{section}']"));
        }

        Assert.Equal("website", home.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("https://archive.example.org/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_404_page_is_not_indexed_and_offers_a_way_back()
    {
        var page = Site.Page("/404.html");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public void The_search_page_has_a_plain_get_form()
    {
        var form = Site.Page("/search/").QuerySelector("main form[role=search]")!;

        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.NotNull(form.QuerySelector("label[for='site-search-page-q']"));
    }

    [Fact]
    public void Redirects_refresh_to_the_target_with_a_canonical_link()
    {
        var page = Site.Page("/old/gurry-2020/");

        Assert.Equal("0; url=/announcements/2020/gurry-covid/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://archive.example.org/announcements/2020/gurry-covid/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/announcements/2020/gurry-covid/", page.QuerySelector("a")!.GetAttribute("href"));
    }
}
