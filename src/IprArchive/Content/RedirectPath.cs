namespace IprArchive.Content;

/// <summary>Checks the site paths editors write in redirect_from, so that none can leave it.</summary>
public static class RedirectPath
{
    /// <summary>
    /// The normalised form of a site path ("/a/b/" or "/a/b.html"), or null when it is not a
    /// plain path inside the site: no scheme or host, no "..", no backslashes or control characters.
    /// </summary>
    public static string? TryNormalize(string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.Length > 512
            || path.Any(c => char.IsControl(c) || c is '\\' or '?' or '#' or '%' or ':' or '"' or '<' or '>'))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.') || !Slug.FitsFileName(s)))
        {
            return null;
        }

        var joined = "/" + string.Join('/', segments);
        return segments.Length == 0 ? null : joined.EndsWith(".html", StringComparison.Ordinal) ? joined : joined + "/";
    }
}
