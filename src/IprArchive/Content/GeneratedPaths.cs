using System.Text.RegularExpressions;

namespace IprArchive.Content;

/// <summary>
/// The site paths the build writes itself (feeds, sitemap, assets, search files, section and
/// archive pages). A <c>redirect_from</c> onto one of them would fail the build when it is
/// written ("Access to the path is denied" at <c>feed.xml/index.html</c>), so the content phase,
/// which <c>check</c> runs too, refuses it first.
/// </summary>
public static partial class GeneratedPaths
{
    // Files at the root of the site; statements.json has further pages statements-2.json ...
    private static readonly HashSet<string> RootFiles = new(StringComparer.Ordinal)
    {
        "index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt",
    };

    // Folders whose every path the build owns: theme assets, the search engine and index, archives.
    private static readonly HashSet<string> OwnedFolders = new(StringComparer.Ordinal)
    {
        "assets", "search", "speakers", "organizations", "plans", "topics",
    };

    /// <summary>What the build writes at or above <paramref name="redirectPath"/> (a normalised site path), or null when nothing clashes.</summary>
    public static string? ClashOf(string redirectPath)
    {
        ArgumentNullException.ThrowIfNull(redirectPath);
        var segments = redirectPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var first = segments[0];
        if (RootFiles.Contains(first) || StatementsFile().IsMatch(first) || (first.StartsWith("sitemap", StringComparison.Ordinal) && first.EndsWith(".xml", StringComparison.Ordinal)))
        {
            return "/" + first;
        }

        if (OwnedFolders.Contains(first))
        {
            return $"/{first}/";
        }

        // /announcements/ and the year pages /announcements/2021/ (and /page/2/) are lists; records sit below them.
        if (first == "announcements" && (segments.Length == 1 || (Year().IsMatch(segments[1]) && (segments.Length == 2 || segments[2] == "page"))))
        {
            return "/" + string.Join('/', segments.Take(Math.Min(segments.Length, 2))) + "/";
        }

        return null;
    }

    [GeneratedRegex(@"^statements(-\d+)?\.json$")]
    private static partial Regex StatementsFile();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
