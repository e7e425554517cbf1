namespace IprArchive.Tests.Site;

/// <summary>One page of every type the site has, on the bundled site.</summary>
public static class PageTypes
{
    public static TheoryData<string, string> All() => new()
    {
        { "home", "/" },
        { "announcement", "/announcements/2021/china-to-boost-international-ipr-cooperation/" },
        { "speaker", "/speakers/shen-changyu/" },
        { "organization", "/organizations/cnipa/" },
        { "plan", "/plans/14th-five-year-plan/" },
        { "topic", "/topics/international-cooperation/" },
        { "year", "/announcements/2021/" },
        { "search", "/search/" },
        { "search-results", "/search/?q=WIPO" },
        { "about", "/about/" },
        { "not-found", "/404.html" },
    };
}
