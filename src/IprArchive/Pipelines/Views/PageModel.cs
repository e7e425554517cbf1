namespace IprArchive.Pipelines.Views;

/// <summary>
/// What every layout receives. Templates see snake_case names: <c>{{ page.title }}</c>,
/// <c>{{ announcement.date_display }}</c>. URLs are site-relative (<c>/speakers/x/</c>): layouts
/// pass them through <c>| url</c> or <c>| absolute_url</c> so the base path is applied in one place.
/// Exactly one of the page-specific members is set.
/// </summary>
public sealed record PageModel
{
    /// <summary>Site-wide values.</summary>
    public required SiteView Site { get; init; }

    /// <summary>Head metadata of this page.</summary>
    public required PageMeta Page { get; init; }

    /// <summary>Set on announcement pages.</summary>
    public AnnouncementView? Announcement { get; init; }

    /// <summary>Set on archive pages (one page of a speaker, organisation, plan, topic or year).</summary>
    public ArchivePageView? Archive { get; init; }

    /// <summary>Set on section index pages (all speakers, all topics…).</summary>
    public SectionView? Section { get; init; }

    /// <summary>Set on the home page.</summary>
    public HomeView? Home { get; init; }

    /// <summary>Set on the about page.</summary>
    public AboutView? About { get; init; }

    /// <summary>Set on redirect pages.</summary>
    public RedirectView? Redirect { get; init; }
}

/// <summary>Site-wide values for the shell.</summary>
/// <param name="Title">Site title.</param>
/// <param name="Description">Site description.</param>
/// <param name="Language">Language of the site's own text (navigation, labels).</param>
/// <param name="BasePath">Base path, for scripts that build URLs.</param>
/// <param name="Sections">The ways in: years, speakers, organisations, plans, topics.</param>
/// <param name="FeedUrl">Site-wide Atom feed.</param>
/// <param name="JsonFeedUrl">Site-wide JSON Feed.</param>
/// <param name="SearchUrl">Where the search form submits.</param>
/// <param name="ContentSecurityPolicy">The policy of every page (meta http-equiv).</param>
/// <param name="SearchFallback">The web search the search boxes submit to without JavaScript, or null.</param>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string BasePath,
    IReadOnlyList<LinkView> Sections,
    string FeedUrl = "/feed.xml",
    string JsonFeedUrl = "/feed.json",
    string SearchUrl = "/search/",
    string ContentSecurityPolicy = SiteView.DefaultContentSecurityPolicy,
    SearchFallbackView? SearchFallback = null)
{
    /// <summary>
    /// The policy every page declares: scripts, styles, fetches and images from the site only (plus
    /// any image hosts settings.yml allows), no plugins, no <c>&lt;base&gt;</c>, forms post to the site.
    /// No 'unsafe-inline': the theme keeps its scripts and styles in files.
    /// </summary>
    public const string DefaultContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The policy with images also allowed from <paramref name="imageHosts"/> and forms also sent to <paramref name="searchFallback"/>'s engine.</summary>
    public static string PolicyFor(IEnumerable<string> imageHosts, SearchFallbackView? searchFallback = null)
    {
        var policy = DefaultContentSecurityPolicy.Replace("img-src 'self' data:", string.Join(' ', ["img-src 'self' data:", .. imageHosts.Select(h => "https://" + h)]), StringComparison.Ordinal);
        return searchFallback is null ? policy : policy.Replace("form-action 'self'", $"form-action 'self' {new Uri(searchFallback.Action).GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
    }
}

/// <summary>
/// A web search restricted to the site, where the search boxes send the query when the browser runs
/// no JavaScript (site.js points them back at the site's own search page): a plain GET form with
/// the query as <c>q</c> and the site in a hidden field the engine knows.
/// </summary>
/// <param name="Name">The engine's name, for the reader: "DuckDuckGo".</param>
/// <param name="Action">The engine's search address.</param>
/// <param name="Field">The engine's parameter that restricts results to one site.</param>
/// <param name="Site">The site as the engine takes it: host and base path, without scheme.</param>
public sealed record SearchFallbackView(string Name, string Action, string Field, string Site)
{
    /// <summary>The fallback for <paramref name="engine"/> (a <c>search_fallback</c> value) on the site at <paramref name="baseUrl"/>; null for none.</summary>
    public static SearchFallbackView? For(string? engine, string baseUrl)
    {
        var uri = new Uri(baseUrl);
        var site = (uri.Host + uri.AbsolutePath).TrimEnd('/');
        return engine switch
        {
            "duckduckgo" => new SearchFallbackView("DuckDuckGo", "https://duckduckgo.com/", "sites", site),
            "google" => new SearchFallbackView("Google", "https://www.google.com/search", "as_sitesearch", site),
            _ => null,
        };
    }
}

/// <summary>Head metadata: title, description, canonical URL, language, alternates, pagination, JSON-LD.</summary>
public sealed record PageMeta
{
    /// <summary>Page title (without the site title).</summary>
    public required string Title { get; init; }

    /// <summary>Meta description; also OpenGraph/Twitter description.</summary>
    public required string Description { get; init; }

    /// <summary>Site-relative URL of this page; its canonical URL is this made absolute.</summary>
    public required string Url { get; init; }

    /// <summary>BCP 47 language of the page's content, for <c>&lt;html lang&gt;</c>.</summary>
    public required string Language { get; init; }

    /// <summary>OpenGraph type: <c>article</c> or <c>website</c>.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>Feeds about this page's subject, for <c>&lt;link rel="alternate"&gt;</c>.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    /// <summary>Previous page of a paginated list (<c>rel="prev"</c>).</summary>
    public string? PrevUrl { get; init; }

    /// <summary>Next page of a paginated list (<c>rel="next"</c>).</summary>
    public string? NextUrl { get; init; }

    /// <summary>Serialised JSON-LD, already safe inside <c>&lt;script&gt;</c>; null when none.</summary>
    public string? JsonLd { get; init; }

    /// <summary>True for pages search engines should not index (404, redirects).</summary>
    public bool NoIndex { get; init; }

    /// <summary>Body class naming the page type, for the stylesheet.</summary>
    public required string Kind { get; init; }
}

/// <summary>A feed link for the head and the page.</summary>
public sealed record FeedLink(string Title, string Url, string MediaType);

/// <summary>A titled link.</summary>
public sealed record LinkView(string Title, string Url);

/// <summary>The about page: the site's own text and where readers ask for corrections.</summary>
/// <param name="BodyHtml">Sanitised HTML of <c>input/about.md</c> (printed with <c>| raw</c>).</param>
/// <param name="CorrectionsUrl">The repository's correction issue form, or null when settings name no repository.</param>
public sealed record AboutView(string BodyHtml, string? CorrectionsUrl);

/// <summary>A redirect page's target.</summary>
public sealed record RedirectView(string TargetUrl, string TargetTitle);
