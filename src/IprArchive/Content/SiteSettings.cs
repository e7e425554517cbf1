namespace IprArchive.Content;

/// <summary>
/// Site-wide settings from <c>input/settings.yml</c>. <see cref="BasePath"/> always starts and
/// ends with '/', so that a site can live under a sub-path such as GitHub Pages' <c>/repo/</c>.
/// </summary>
public sealed record SiteSettings
{
    /// <summary>Keys allowed in settings.yml.</summary>
    public static readonly IReadOnlyList<string> Keys = ["title", "description", "base_url", "language", "page_size", "feed_entries", "feed_full_text", "image_hosts", "repository", "search_fallback"];

    /// <summary>The values <c>search_fallback</c> takes: a web search to restrict to the site, or none.</summary>
    public static readonly IReadOnlyList<string> SearchFallbacks = ["duckduckgo", "google", "none"];

    /// <summary>
    /// Hosts reserved for examples (RFC 2606): a site published with one of them cites and links
    /// an address that is not its own. <c>check</c> warns in a production build.
    /// </summary>
    public static readonly IReadOnlyList<string> PlaceholderHosts = ["example.org", "example.com", "example.net"];

    public string Title { get; init; } = "IprArchive";

    public string Description { get; init; } = "An archive of statements by intellectual-property officials.";

    /// <summary>Absolute URL of the site root including the base path, ending with '/'.</summary>
    public string BaseUrl { get; init; } = "http://localhost:5080/";

    /// <summary>Default language of records (BCP 47).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Entries per archive page.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Entries in the site-wide feeds (feed readers poll often; a short feed stays small).</summary>
    public int FeedEntries { get; init; } = 20;

    /// <summary>True when the site-wide feeds carry each record's whole text, not just its summary.</summary>
    public bool FeedFullText { get; init; }

    /// <summary>
    /// Hosts whose images a body may show (<c>https://host/...</c>). Empty by default: an image from
    /// another site tells that site who reads which record (a tracking pixel).
    /// </summary>
    public IReadOnlyList<string> ImageHosts { get; init; } = [];

    /// <summary>
    /// The web address of the site's repository (<c>https://github.com/owner/archive</c>), where
    /// readers ask for corrections through its issue template; null when not given.
    /// </summary>
    public string? Repository { get; init; }

    /// <summary>
    /// Where a search goes when the reader's browser runs no JavaScript (the site's search runs in
    /// the browser): <c>duckduckgo</c>, <c>google</c> or <c>none</c>; null when settings.yml does not
    /// say, which means DuckDuckGo for a published address and none for a placeholder or local one.
    /// </summary>
    public string? SearchFallback { get; init; }

    /// <summary>The web search a search box falls back to without JavaScript, or null when there is none.</summary>
    public string? SearchFallbackEngine => SearchFallback switch
    {
        "none" => null,
        null when HasPlaceholderHost || new Uri(BaseUrl).IsLoopback => null,
        null => "duckduckgo",
        var engine => engine,
    };

    /// <summary>Where a reader asks for a correction: the repository's correction issue form, or null.</summary>
    public string? CorrectionsUrl => Repository is null ? null : Repository.TrimEnd('/') + "/issues/new?template=correction.yml";

    /// <summary>True when <see cref="BaseUrl"/>'s host is one of <see cref="PlaceholderHosts"/> or a name under one.</summary>
    public bool HasPlaceholderHost =>
        new Uri(BaseUrl).Host is var host && PlaceholderHosts.Any(p => host == p || host.EndsWith("." + p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The path part of <see cref="BaseUrl"/>: "/" or "/sub/path/".</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath is var path && path.EndsWith('/') ? path : path + "/";

    /// <summary>The same settings served from another base path (for <c>build --base-path</c>).</summary>
    public SiteSettings WithBasePath(string basePath)
    {
        var normalized = "/" + basePath.Trim('/') + "/";
        normalized = normalized == "//" ? "/" : normalized;
        return this with { BaseUrl = new Uri(new Uri(BaseUrl), normalized).ToString() };
    }
}
