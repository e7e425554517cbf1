using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>
/// The files of an input folder, walked once. Names starting with '_' or '.' are not pages
/// (except <c>_directory.yml</c>, which feeds the cascade). A symbolic link to a file is followed
/// only when its target stays inside the input folder; one that leads out is reported and skipped.
/// Symbolic links to folders are never followed (a pull request could add <c>ln -s . loop</c>;
/// one inside the folder names files the walk sees anyway), and each real folder is walked
/// once, so the walk always ends.
/// </summary>
public sealed class InputTree
{
    private InputTree(string root, List<string> records, List<string> directoryFiles, List<string> otherFiles)
    {
        Root = root;
        Records = records;
        DirectoryFiles = directoryFiles;
        OtherFiles = otherFiles;
    }

    /// <summary>Full path of the input folder.</summary>
    public string Root { get; }

    /// <summary>Markdown records (relative paths, forward slashes, sorted).</summary>
    public IReadOnlyList<string> Records { get; }

    /// <summary>The <c>_directory.yml</c> files, shallowest first.</summary>
    public IReadOnlyList<string> DirectoryFiles { get; }

    /// <summary>Every other file that is not hidden (assets, data, settings, theme overrides).</summary>
    public IReadOnlyList<string> OtherFiles { get; }

    /// <summary>Walks <paramref name="inputDirectory"/>.</summary>
    public static InputTree Scan(string inputDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(inputDirectory);
        List<string> records = [], directoryFiles = [], others = [];
        var pending = new Stack<string>([root]);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var folder))
        {
            if (!visited.Add(folder))
            {
                continue;
            }

            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (!StaysInside(entry, root, relative, diagnostics))
                {
                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    // A linked folder that stays inside is already walked where it really is;
                    // following it would walk that twice, or for ever (ln -s . loop).
                    if (entry.LinkTarget is not null)
                    {
                        diagnostics.Report(Codes.LinkedFolder, SourceLocation.StartOf(relative),
                            $"'{relative}' is a symbolic link to the folder '{entry.LinkTarget}'; linked folders are not followed");
                    }
                    else if (!IsHidden(entry.Name))
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else if (entry.Name == "_directory.yml")
                {
                    directoryFiles.Add(relative);
                }
                else if (!IsHidden(entry.Name))
                {
                    (relative.StartsWith("announcements/", StringComparison.Ordinal) && entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? records : others).Add(relative);
                }
            }
        }

        records.Sort(StringComparer.Ordinal);
        others.Sort(StringComparer.Ordinal);
        directoryFiles.Sort((a, b) => a.Count(c => c == '/').CompareTo(b.Count(c => c == '/')) is var c && c != 0 ? c : string.CompareOrdinal(a, b));
        return new InputTree(root, records, directoryFiles, others);
    }

    private static bool IsHidden(string name) => name.StartsWith('_') || name.StartsWith('.');

    private static bool StaysInside(FileSystemInfo entry, string root, string relative, DiagnosticBag diagnostics)
    {
        if (entry.LinkTarget is null)
        {
            return true;
        }

        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        var inside = target is not null && target.Exists
            && (target.FullName + Path.DirectorySeparatorChar).StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside)
        {
            diagnostics.Report(Codes.SymlinkOutside, SourceLocation.StartOf(relative),
                $"'{relative}' is a symbolic link to '{entry.LinkTarget}', outside the input folder; it is skipped");
        }

        return inside;
    }
}
