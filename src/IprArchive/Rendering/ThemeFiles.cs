using IprArchive.Content;
using IprArchive.Output;

namespace IprArchive.Rendering;

/// <summary>
/// The theme as the build sees it, in layers: the built-in theme shipped with the tool
/// (<see cref="BuiltInTheme"/>), overlaid by the site's <c>theme/</c> folder when it has one,
/// overlaid by the site owner's <c>input/theme/</c> (reported by <c>check</c> as "changes the
/// theme"). A file at the same relative path in a higher layer (say
/// <c>theme/layouts/announcement.liquid</c>) replaces the lower one's; every other file still
/// comes from below. Nothing else under <c>input/</c> is code: plain media under
/// <c>input/assets/</c> is copied too, but never replaces a theme file.
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>Folder of the theme's static files, copied to the site as-is.</summary>
    public const string AssetsFolder = "assets";

    // Walks never follow symbolic links: a linked folder could loop or lead out of the tree.
    private static readonly EnumerationOptions Walk = new() { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };

    private readonly string[] _layers;
    private readonly string? _input;

    /// <summary>
    /// Creates the overlay: <c>theme/</c> under <paramref name="inputDirectory"/> wins over
    /// <paramref name="themeDirectory"/>, which wins over the built-in theme; either may be null.
    /// </summary>
    public ThemeFiles(string? themeDirectory, string? inputDirectory)
    {
        _input = inputDirectory is null ? null : Path.GetFullPath(inputDirectory);
        _layers = [.. new[] { _input is null ? null : Path.Combine(_input, ThemeBoundary.OverlayFolder), themeDirectory, BuiltInTheme.Directory }
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

        return _layers.Select(layer => Path.Combine(layer, normalized))
            .FirstOrDefault(path => new FileInfo(path) is { Exists: true, LinkTarget: null });
    }

    /// <summary>The layouts a record may name in <c>layout:</c>: the theme's, less those the build uses for its own pages.</summary>
    public IReadOnlySet<string> RecordLayouts() =>
        FilesUnder("layouts").Keys
            .Where(path => path.EndsWith(".liquid", StringComparison.Ordinal))
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => !ThemeBoundary.ReservedLayouts.Contains(name))
            .ToHashSet(StringComparer.Ordinal);

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
            foreach (var (relative, file) in Visible(layer, folder))
            {
                result[relative] = file; // later (higher) layers overwrite
            }
        }

        return result;
    }

    /// <summary>The theme's assets, then the media under <c>input/assets/</c> that no theme file claims.</summary>
    public IReadOnlyDictionary<string, string> Assets()
    {
        var result = new SortedDictionary<string, string>(FilesUnder(AssetsFolder).ToDictionary(), StringComparer.Ordinal);
        if (_input is not null)
        {
            foreach (var (relative, file) in Visible(_input, ThemeBoundary.ContentAssetsFolder).Where(f => ThemeBoundary.IsMedia(f.Relative)))
            {
                result.TryAdd(relative, file);
            }
        }

        return result;
    }

    private static IEnumerable<(string Relative, string File)> Visible(string layer, string folder)
    {
        var root = Path.Combine(layer, folder);
        if (!Directory.Exists(root) || new DirectoryInfo(root).LinkTarget is not null)
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", Walk))
        {
            var relative = Path.GetRelativePath(layer, file).Replace('\\', '/');
            if (!relative.Split('/').Any(segment => segment.StartsWith('_') || segment.StartsWith('.')))
            {
                yield return (relative, file);
            }
        }
    }
}
