namespace IprArchive.Rendering;

/// <summary>
/// The default theme, shipped beside the assemblies (the repository's <c>theme/</c> folder,
/// copied into the build output and so into the tool's package). It is the lowest layer of every
/// <see cref="ThemeFiles"/>: a site needs no <c>theme/</c> folder of its own.
/// </summary>
public static class BuiltInTheme
{
    /// <summary>The folder holding the built-in theme's layouts, partials and assets.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>Every file of the built-in theme, as theme-relative paths with forward slashes, sorted.</summary>
    public static IReadOnlyList<string> Files() =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Directory, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
