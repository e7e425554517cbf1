using IprArchive.Output;

namespace IprArchive.Search;

/// <summary>
/// Where the build keeps the Lucene index of a site: in the output folder's private
/// <c>.iprarchive/</c> folder (not part of the published site), written into the staging folder
/// and swapped in with the pages, so <c>iprarchive search --index OUTPUT</c> always answers for
/// the site that is there.
/// </summary>
public static class SearchIndexLocation
{
    private const string IndexFolder = "index";

    /// <summary>The index folder for the site built into <paramref name="outputDirectory"/>: <c>OUTPUT/.iprarchive/index</c>.</summary>
    public static string For(string outputDirectory) =>
        Path.Combine(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar), AtomicOutputDirectory.PrivateFolder, IndexFolder);

    /// <summary>The index folder a build being staged in <paramref name="output"/> writes.</summary>
    public static string ForStaging(AtomicOutputDirectory output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Path.Combine(output.StagingPrivatePath, IndexFolder);
    }
}
