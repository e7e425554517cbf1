using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>
/// The line between content and code. Everything under <c>input/</c> arrives by pull request, so
/// only content may come from there: records, registries, settings and plain media under
/// <c>assets/</c>. Code (layouts, partials, scripts, styles, HTML, SVG) comes from the theme, or
/// from <c>input/theme/</c>, which a site owner guards (CODEOWNERS) and <c>check</c> reports.
/// </summary>
public static class ThemeBoundary
{
    /// <summary>The site owner's overlay of the theme, relative to the input folder.</summary>
    public const string OverlayFolder = "theme";

    /// <summary>Folder of media copied to the site as-is, relative to the input folder.</summary>
    public const string ContentAssetsFolder = "assets";

    /// <summary>
    /// Layouts the build picks for its own pages; a record may not ask for them (a record with
    /// <c>layout: redirect</c> would turn its page into a meta refresh).
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedLayouts = new HashSet<string>(StringComparer.Ordinal)
    {
        "default", "home", "archive", "section", "search", "404", "redirect", "about",
    };

    // Media a browser shows but never runs: no HTML, SVG, XML, CSS or script.
    private static readonly HashSet<string> MediaExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf",
    };

    /// <summary>True when <paramref name="relativePath"/> (under <c>assets/</c>) is plain media.</summary>
    public static bool IsMedia(string relativePath) => MediaExtensions.Contains(Path.GetExtension(relativePath));

    /// <summary>Reports theme overrides (warning) and code outside the theme (error) among <paramref name="otherFiles"/>.</summary>
    public static void Check(IEnumerable<string> otherFiles, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(otherFiles);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var file in otherFiles)
        {
            var top = file.Split('/')[0];
            if (top == OverlayFolder && file.Contains('/'))
            {
                diagnostics.Report(Codes.ThemeChanged, SourceLocation.StartOf(file), $"'{file}' changes the theme of the site");
            }
            else if (top is "layouts" or "partials" || (top == ContentAssetsFolder && !IsMedia(file)))
            {
                diagnostics.Report(Codes.ThemeFileInContent, SourceLocation.StartOf(file),
                    $"'{file}' would be code in every page; theme files come only from theme/ or input/theme/, so it is not used");
            }
        }
    }
}
