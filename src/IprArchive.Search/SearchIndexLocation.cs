namespace IprArchive.Search;

/// <summary>
/// Where the build keeps the Lucene index of a site: beside the output folder, never inside it
/// (it is not published), so that <c>iprarchive search --index OUTPUT</c> and the preview find it.
/// </summary>
public static class SearchIndexLocation
{
    /// <summary>The index folder for the site built into <paramref name="outputDirectory"/>: <c>.iprarchive/cache/NAME/index</c> next to it.</summary>
    public static string For(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? output;
        return Path.Combine(parent, ".iprarchive", "cache", Path.GetFileName(output), "index");
    }
}
