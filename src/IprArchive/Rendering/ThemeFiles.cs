using IprArchive.Output;

namespace IprArchive.Rendering;

/// <summary>
/// The theme as the build sees it, in layers: the built-in theme shipped with the tool
/// (<see cref="BuiltInTheme"/>), overlaid by the site's <c>theme/</c> folder when it has one,
/// overlaid by <c>input/</c>, as in Statiq. A file at the same relative path in a higher layer
/// (say <c>theme/layouts/announcement.liquid</c> or <c>input/assets/css/site.css</c>) replaces
/// the lower one's; every other file still comes from below.
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>Folder of the theme's static files, copied to the site as-is.</summary>
    public const string AssetsFolder = "assets";

    private readonly string[] _layers;

    /// <summary>
    /// Creates the overlay: <paramref name="inputDirectory"/> wins over <paramref name="themeDirectory"/>,
    /// which wins over the built-in theme; either may be null.
    /// </summary>
    public ThemeFiles(string? themeDirectory, string? inputDirectory)
    {
        _layers = [.. new[] { inputDirectory, themeDirectory, BuiltInTheme.Directory }
            .OfType<string>()
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The physical file for a theme-relative path, or null when no layer has it.</summary>
    public string? Find(string relativePath)
    {
        string normalized;
        try
        {
            normalized = OutputPaths.Normalize(relativePath);
        }
        catch (UnsafeSitePathException)
        {
            return null;
        }

        return _layers.Select(layer => Path.Combine(layer, normalized)).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Every file under <paramref name="folder"/> in any layer, keyed by relative path (forward
    /// slashes), each mapped to the physical file of the layer that wins. Files and folders whose
    /// name starts with <c>_</c> or <c>.</c> are left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> FilesUnder(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var layer in _layers.Reverse())
        {
            var root = Path.Combine(layer, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(layer, file).Replace('\\', '/');
                if (relative.Split('/').Any(segment => segment.StartsWith('_') || segment.StartsWith('.')))
                {
                    continue;
                }

                result[relative] = file; // later (higher) layers overwrite
            }
        }

        return result;
    }
}
