namespace IprArchive.Output;

/// <summary>
/// Turns site-relative URLs (<c>/announcements/2021/x/</c>) into the links a page prints: with
/// the base path (<c>/repo/announcements/2021/x/</c>) for links, and with the site's origin for
/// canonical URLs, feeds and the sitemap.
/// </summary>
public sealed class SiteUrls
{
    /// <summary>Creates URL rules for a site at <paramref name="baseUrl"/> served under <paramref name="basePath"/>.</summary>
    /// <param name="baseUrl">Absolute URL of the site, e.g. <c>https://example.org/ipr/</c>.</param>
    /// <param name="basePath">Path prefix; when null, the path of <paramref name="baseUrl"/>.</param>
    public SiteUrls(string baseUrl, string? basePath = null)
    {
        var parsed = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri : new Uri("https://example.invalid/");
        Origin = parsed.GetLeftPart(UriPartial.Authority);
        BasePath = NormalizeBasePath(basePath ?? parsed.AbsolutePath);
    }

    /// <summary>Scheme, host and port, no trailing slash: <c>https://example.org</c>.</summary>
    public string Origin { get; }

    /// <summary>Always starts and ends with a slash: <c>/</c> or <c>/repo/</c>.</summary>
    public string BasePath { get; }

    /// <summary>The host name of the site, used to tell internal links from external ones.</summary>
    public string Host => new Uri(Origin).Host;

    /// <summary>A link as printed in a page: base path + site URL.</summary>
    public string Link(string siteUrl) => BasePath + siteUrl.TrimStart('/');

    /// <summary>An absolute URL: origin + base path + site URL.</summary>
    public string Absolute(string siteUrl) => Origin + Link(siteUrl);

    /// <summary>Makes <c>repo</c>, <c>/repo</c> and <c>/repo/</c> all mean <c>/repo/</c>.</summary>
    public static string NormalizeBasePath(string path)
    {
        var trimmed = path.Trim().Trim('/');
        if (trimmed.Length == 0)
        {
            return "/";
        }

        OutputPaths.Normalize(trimmed); // refuses '..' and friends
        return "/" + trimmed + "/";
    }
}
