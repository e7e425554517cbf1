namespace IprArchive.Output;

/// <summary>
/// A file's path inside the built site: relative, forward slashes, no <c>..</c>, no empty or
/// dot segments, no drive or root. Every path the build writes goes through here, so a slug or
/// destination that tries to leave the output folder is refused before any byte is written.
/// </summary>
public static class OutputPaths
{
    /// <summary>
    /// Normalises <paramref name="path"/> (backslashes become slashes, a leading slash is dropped)
    /// and throws <see cref="UnsafeSitePathException"/> when it would escape the site root.
    /// </summary>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.Replace('\\', '/').TrimStart('/');
        if (trimmed.Length == 0)
        {
            throw new UnsafeSitePathException(path, "it is empty");
        }

        var segments = trimmed.Split('/');
        foreach (var segment in segments)
        {
            if (segment is "" or "." or "..")
            {
                throw new UnsafeSitePathException(path, $"it has a '{segment}' segment");
            }

            if (segment.Contains(':', StringComparison.Ordinal) || segment.Any(char.IsControl))
            {
                throw new UnsafeSitePathException(path, "it has a ':' or a control character");
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// The output file for a page URL: <c>/a/b/</c> → <c>a/b/index.html</c>, <c>/</c> →
    /// <c>index.html</c>, <c>/feed.xml</c> → <c>feed.xml</c>.
    /// </summary>
    public static string FromUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url == "/")
        {
            return "index.html";
        }

        return Normalize(url.EndsWith('/') ? url + "index.html" : url);
    }
}

/// <summary>A destination that would put a file outside the output folder.</summary>
public sealed class UnsafeSitePathException(string path, string reason)
    : Exception($"Refusing to write '{path}': {reason}.")
{
    /// <summary>The path as it was given.</summary>
    public string Path { get; } = path;
}
