using System.Text.RegularExpressions;

namespace IprArchive.Cli.Scaffolding;

/// <summary>What <c>init</c> was told about the site (null: not said), and the settings it makes of it.</summary>
/// <param name="Name">The site's name.</param>
/// <param name="Url">The address it is published at.</param>
/// <param name="BasePath">The path under that address, replacing the URL's own path when given.</param>
internal sealed partial record SiteAnswers(string? Name, string? Url, string? BasePath)
{
    /// <summary>The site's title and base URL, or null when the URL or base path is not valid.</summary>
    public SiteIdentity? Identity(string defaultName, string defaultUrl)
    {
        if (!TryAddress(Url ?? defaultUrl, out var address))
        {
            return null;
        }

        var path = BasePath ?? address.AbsolutePath;
        if (!SafePath().IsMatch(path) || path.Split('/').Any(segment => segment is "." or ".."))
        {
            return null;
        }

        var normalized = ("/" + path.Trim('/') + "/").Replace("//", "/", StringComparison.Ordinal);
        return new SiteIdentity(string.IsNullOrWhiteSpace(Name) ? defaultName : Name.Trim(), address.GetLeftPart(UriPartial.Authority) + normalized);
    }

    /// <summary>Why <see cref="Identity"/> returned null.</summary>
    public string Problem(string defaultUrl) => TryAddress(Url ?? defaultUrl, out _)
        ? $"error: --base-path '{BasePath}' is not a path such as /archive/ (letters, digits, '-', '_', '.' and '/')."
        : $"error: --url '{Url}' is not an absolute http(s) address such as https://example.org/.";

    /// <summary>The path of <paramref name="url"/> when it is a valid address.</summary>
    public static string? PathOf(string url) => TryAddress(url, out var address) ? address.AbsolutePath : null;

    private static bool TryAddress(string url, out Uri address) =>
        Uri.TryCreate(url, UriKind.Absolute, out address!) && address.Scheme is "http" or "https" && address.Query.Length == 0 && address.Fragment.Length == 0;

    [GeneratedRegex(@"^[A-Za-z0-9._~/-]*$")]
    private static partial Regex SafePath();
}
