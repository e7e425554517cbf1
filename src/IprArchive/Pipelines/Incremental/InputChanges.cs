namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// What a burst of file-system events means for the site: which records to read again, or that
/// something else changed (registries, settings, cascade, theme, assets) and only a full build is safe.
/// </summary>
/// <param name="Records">Changed, added or deleted records, relative to the input folder (forward slashes).</param>
/// <param name="NeedsFullBuild">True when a file other than a record changed.</param>
internal sealed record InputChanges(IReadOnlySet<string> Records, bool NeedsFullBuild)
{
    private const string RecordsFolder = "announcements/";

    /// <summary>Sorts <paramref name="fullPaths"/> into record changes and everything else.</summary>
    /// <param name="fullPaths">Paths reported by the watcher (files or folders, existing or not).</param>
    /// <param name="inputRoot">The input folder.</param>
    /// <param name="knownRecords">Records of the last build, to recognise a deleted folder of records.</param>
    public static InputChanges Classify(IEnumerable<string> fullPaths, string inputRoot, IReadOnlyCollection<string> knownRecords)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputRoot)) + Path.DirectorySeparatorChar;
        var records = new HashSet<string>(StringComparer.Ordinal);
        var full = false;
        foreach (var path in fullPaths.Select(Path.GetFullPath))
        {
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                full = true; // the theme, or anything outside the input folder
                continue;
            }

            var relative = path[root.Length..].Replace('\\', '/');
            switch (KindOf(relative, path, knownRecords))
            {
                case ChangeKind.Record:
                    records.Add(relative);
                    break;
                case ChangeKind.Other:
                    full = true;
                    break;
            }
        }

        return new InputChanges(records, full);
    }

    private enum ChangeKind
    {
        Ignored,
        Record,
        Other,
    }

    private static ChangeKind KindOf(string relative, string fullPath, IReadOnlyCollection<string> knownRecords)
    {
        var segments = relative.Split('/');
        if (segments[^1] == "_directory.yml")
        {
            return ChangeKind.Other;
        }

        // The build skips names starting with '.' or '_' (editors' swap files, notes), as InputTree does.
        if (segments.Any(s => s.StartsWith('.') || s.StartsWith('_')))
        {
            return ChangeKind.Ignored;
        }

        if (!relative.StartsWith(RecordsFolder, StringComparison.Ordinal))
        {
            return ChangeKind.Other;
        }

        if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(fullPath))
        {
            return ChangeKind.Record;
        }

        // A folder of records created, renamed or deleted; other files there are not published.
        var folder = relative + "/";
        return Directory.Exists(fullPath) || knownRecords.Any(r => r.StartsWith(folder, StringComparison.Ordinal))
            ? ChangeKind.Other
            : ChangeKind.Ignored;
    }
}
