namespace IprArchive.Output;

/// <summary>
/// Guards against the one dangerous thing a static-site build does: replacing a whole folder.
/// The output folder must not be the file-system root, must not contain or lie inside the input or
/// theme, and if it already exists with files in it, an earlier build must have created it.
/// </summary>
internal static class OutputSafety
{
    public static void EnsureMayReplace(string output, IEnumerable<string> protectedDirectories)
    {
        if (Path.GetPathRoot(output) == output || output.Length <= 1)
        {
            throw new OutputDirectoryRefusedException(output, "it is the root of the file system");
        }

        foreach (var dir in protectedDirectories)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
            if (IsSameOrInside(full, output))
            {
                throw new OutputDirectoryRefusedException(output, $"it contains '{full}', which the build reads");
            }

            if (IsSameOrInside(output, full))
            {
                // The next build would read its own output back as input or theme files.
                throw new OutputDirectoryRefusedException(output, $"it is inside '{full}', which the build reads");
            }
        }

        if (Directory.Exists(output)
            && Directory.EnumerateFileSystemEntries(output).Any()
            && !File.Exists(Path.Combine(output, AtomicOutputDirectory.MarkerFileName)))
        {
            throw new OutputDirectoryRefusedException(
                output, "it already holds files that iprarchive did not write; empty it or choose another folder");
        }
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

/// <summary>The build will not replace this folder.</summary>
public sealed class OutputDirectoryRefusedException(string output, string reason)
    : Exception($"Will not use '{output}' as the output folder: {reason}.")
{
    /// <summary>The refused folder.</summary>
    public string OutputPath { get; } = output;
}
