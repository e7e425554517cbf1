using System.Text.Json;
using AngleSharp.Dom;

namespace IprArchive.Tests.Site;

public sealed class AnnouncementPageTests(BasicSiteFixture fixture) : IClassFixture<BasicSiteFixture>
{
    private const string PlanPage = "/announcements/2021/shen-changyu-plan/";
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_build_succeeds()
    {
        Assert.True(Site.Result.Succeeded, Site.Problems);
    }

    [Fact]
    public void It_shows_title_date_speakers_event_plan_topics_source_and_summary()
    {
        var page = Site.Page(PlanPage);

        Assert.Equal("Shen Changyu presents the IP plan for 2021-2025", page.QuerySelector("article h1")!.TextContent);
        Assert.Equal("2021-06-01", page.QuerySelector("article time")!.GetAttribute("datetime"));
        Assert.Equal("1 June 2021", page.QuerySelector("article time")!.TextContent);
        var speaker = page.QuerySelector(".fact-box li:has(a.speaker)")!;
        Assert.Equal("/speakers/shen-changyu/", speaker.QuerySelector("a.speaker")!.GetAttribute("href"));
        Assert.Equal("Commissioner", speaker.QuerySelector(".role")!.TextContent);
        Assert.Equal("/organizations/cnipa/", speaker.QuerySelector("a.organization")!.GetAttribute("href"));
        Assert.Equal("SCIO press conference", page.QuerySelector(".event")!.TextContent);
        Assert.Equal("/plans/14th-five-year-plan/", page.QuerySelector(".fact-box a[href*='/plans/']")!.GetAttribute("href"));
        Assert.Equal(["patents", "statistics"], page.QuerySelectorAll(".tags a").Select(a => a.TextContent));
        Assert.Equal("State Council Information Office", page.QuerySelector("a.source")!.TextContent);
        Assert.Equal("The commissioner set out targets for the plan period.", page.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void An_old_statement_names_the_organisation_as_it_was_then_and_links_to_its_page()
    {
        var organization = Site.Page("/announcements/2016/shen-changyu-geneva/").QuerySelector(".fact-box a.organization")!;

        Assert.Equal("SIPO", organization.TextContent);
        Assert.Equal("/organizations/cnipa/", organization.GetAttribute("href"));
    }

    [Fact]
    public void Paragraphs_and_quotations_have_anchors_and_no_cite_attribute()
    {
        var body = Site.Page(PlanPage).QuerySelector("article .body")!;

        Assert.Equal("The plan sets targets for high-value patents.", OwnText(body.QuerySelector("#p-1")!));
        Assert.Contains("per 10,000 people should reach 12", body.QuerySelector("blockquote#q-1")!.TextContent, StringComparison.Ordinal);
        // The copy-link controls are made by site.js (CitationBrowserTests); without script the statements list links each quotation.
        Assert.Null(body.QuerySelector("#q-1 a.anchor-link"));
        Assert.False(body.QuerySelector("blockquote#q-1")!.HasAttribute("cite"));
        Assert.NotNull(Site.Page(PlanPage).QuerySelector(".statements a[href='#q-1']"));
    }

    [Fact]
    public void The_cite_box_has_the_plain_text_citation_with_an_access_date_placeholder()
    {
        var cite = Site.Page(PlanPage).QuerySelector("section.cite")!;

        var text = cite.QuerySelector("#site-citation-text")!.TextContent;
        Assert.StartsWith("Shen Changyu, \u2018Shen Changyu presents the IP plan for 2021-2025\u2019, SCIO press conference, 1 June 2021, State Council Information Office <http://english.www.gov.cn/>, archived in Test Archive <https://archive.example.org/announcements/2021/shen-changyu-plan/> [accessed ", text, StringComparison.Ordinal);
        Assert.NotNull(cite.QuerySelector("#site-citation-text [data-accessed]"));
        // site.js reads the address for BibTeX and CSL-JSON from the canonical link (said once a page).
        Assert.Equal("https://archive.example.org/announcements/2021/shen-changyu-plan/", Site.Page(PlanPage).QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
    }

    [Fact]
    public void Previous_and_next_follow_the_date_and_skip_excluded_records()
    {
        var page = Site.Page(PlanPage);

        Assert.Equal("/announcements/2020/gurry-covid/", page.QuerySelector(".prev-next a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/announcements/2021/shen-changyu-zh/", page.QuerySelector(".prev-next a[rel=next]")!.GetAttribute("href"));
        Assert.Null(Site.Page("/announcements/2021/shen-changyu-zh/").QuerySelector(".prev-next a[rel=next]"));
    }

    [Fact]
    public void Related_lists_the_same_speaker_first()
    {
        var related = Site.Page(PlanPage).QuerySelectorAll(".related li > a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/announcements/2021/shen-changyu-zh/", "/announcements/2016/shen-changyu-geneva/"], related.Take(2));
        Assert.DoesNotContain(PlanPage, related);
    }

    [Fact]
    public void Json_ld_describes_a_news_article_with_people_organisations_quotations_and_plan_span()
    {
        var json = Site.Page(PlanPage).QuerySelector("script[type='application/ld+json']")!.TextContent;
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("2021/2025", root.GetProperty("temporalCoverage").GetString());
        var author = root.GetProperty("author")[0];
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Shen Changyu", author.GetProperty("name").GetString());
        Assert.Equal("Organization", author.GetProperty("affiliation").GetProperty("@type").GetString());
        // Described once (the author's affiliation), then named by @id alone.
        var organization = author.GetProperty("affiliation").GetProperty("@id").GetString();
        Assert.Contains(root.GetProperty("about").EnumerateArray(), e => e.GetProperty("@id").GetString() == organization);
        var quotation = root.GetProperty("hasPart")[0];
        Assert.Equal("Quotation", quotation.GetProperty("@type").GetString());
        Assert.Equal(author.GetProperty("@id").GetString(), quotation.GetProperty("creator").GetProperty("@id").GetString());
        Assert.Equal("#q-1", quotation.GetProperty("@id").GetString());
    }

    [Fact]
    public void Head_has_canonical_opengraph_twitter_and_the_speakers_feed()
    {
        var page = Site.Page(PlanPage);

        Assert.Equal("https://archive.example.org/announcements/2021/shen-changyu-plan/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("Shen Changyu presents the IP plan for 2021-2025", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/speakers/shen-changyu/feed.xml");
    }

    [Fact]
    public void Chinese_records_are_marked_lang_zh_and_the_interface_keeps_the_site_language()
    {
        var page = Site.Page("/announcements/2021/shen-changyu-zh/");

        Assert.Equal("zh", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector("header.site-header")!.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector("section.cite")!.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector(".fact-box")!.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector("footer")!.GetAttribute("lang"));
    }

    [Fact]
    public void An_english_record_says_its_language_once_on_html()
    {
        var page = Site.Page(PlanPage);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain(page.Body!.QuerySelectorAll("[lang]"), e => e.GetAttribute("lang") == "en");
    }

    [Fact]
    public void Every_page_has_a_lang_a_skip_link_to_main_and_a_search_form()
    {
        foreach (var path in Site.HtmlFiles().Where(p => !p.StartsWith("/old/", StringComparison.Ordinal)))
        {
            var page = Site.Page(path);
            Assert.False(string.IsNullOrEmpty(page.DocumentElement.GetAttribute("lang")), path);
            Assert.Equal("#site-main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.NotNull(page.GetElementById("site-main"));
            var form = page.QuerySelector("form[role=search]")!;
            Assert.Equal("/search/", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.NotNull(form.QuerySelector("input[name=q]"));
        }
    }

    [Fact]
    public void No_page_loads_anything_from_another_origin()
    {
        foreach (var path in Site.HtmlFiles())
        {
            var loads = Site.Page(path).QuerySelectorAll("script[src], link[rel=stylesheet], link[rel=icon], img[src], iframe, video, audio, source")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "");
            Assert.All(loads, url => Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"{path} loads {url}"));
        }

        Assert.DoesNotMatch(@"url\(\s*['""]?(https?:)?//", Site.Text("/assets/css/site.css"));
        Assert.DoesNotMatch(@"https?://", Site.Text("/assets/js/site.js"));
    }

    [Fact]
    public void No_page_has_duplicate_ids()
    {
        foreach (var path in Site.HtmlFiles())
        {
            var duplicates = Site.Page(path).QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!duplicates.Any(), $"{path}: {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void Excluded_records_appear_nowhere()
    {
        Assert.False(Site.Has("/announcements/2022/draft-report/index.html"));
        Assert.All(Site.HtmlFiles(), path => Assert.DoesNotContain("not published", Site.Page(path).Body!.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("draft-report", Site.Text("/feed.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("draft-report", Site.Text("/sitemap.xml"), StringComparison.Ordinal);
    }

    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.Where(n => n is not IElement { ClassName: "anchor-link" }).Select(n => n.TextContent));
}
