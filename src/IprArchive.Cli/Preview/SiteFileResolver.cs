using Microsoft.AspNetCore.StaticFiles;

namespace IprArchive.Cli.Preview;

/// <summary>
/// Maps a request path to a file under the site folder, and nothing else: no "..", no
/// backslashes, no hidden files, no directory listings; a folder serves its index.html.
/// </summary>
public sealed class SiteFileResolver(string root, string basePath)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>The full path of the file for <paramref name="requestPath"/> (already URL-decoded), or null.</summary>
    public string? Resolve(string requestPath)
    {
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal) && requestPath + "/" != basePath)
        {
            return null;
        }

        var relative = requestPath.Length > basePath.Length ? requestPath[basePath.Length..] : "";
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (relative.Contains('\\', StringComparison.Ordinal) || relative.Contains('\0', StringComparison.Ordinal)
            || segments.Any(s => s.StartsWith('.')))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine([_root, .. segments]));
        if (!full.StartsWith(_root, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != _root)
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    /// <summary>The site's 404 page, if it has one.</summary>
    public string? NotFoundPage => File.Exists(Path.Combine(_root, "404.html")) ? Path.Combine(_root, "404.html") : null;

    /// <summary>The content type for a file name.</summary>
    public static string ContentTypeOf(string path) =>
        ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
