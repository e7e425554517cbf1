using System.Collections.Concurrent;
using IprArchive.Content.Registries;
using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>
/// Reads a whole input folder: settings cascade, registries, then every record in parallel, and
/// finally the checks that need all records at once (two files for one URL, redirects that clash).
/// Never throws on bad content: problems are diagnostics.
/// </summary>
public static class ContentLoader
{
    /// <summary>Loads <paramref name="inputDirectory"/>.</summary>
    public static ContentSet Load(string inputDirectory, IProgress<int>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var input = InputTree.Scan(inputDirectory, diagnostics);
        ThemeBoundary.Check(input.OtherFiles, diagnostics);
        var cascade = SettingsCascade.Load(input.Root, input.DirectoryFiles, diagnostics);
        var registry = RegistryLoader.Load(input.Root, diagnostics);
        var reader = new AnnouncementReader(registry, cascade);

        var read = new ConcurrentBag<Announcement>();
        var done = 0;
        Parallel.ForEach(input.Records, file =>
        {
            if (reader.Read(Path.Combine(input.Root, file), file, diagnostics) is { } announcement)
            {
                read.Add(announcement);
            }

            progress?.Report(Interlocked.Increment(ref done));
        });

        var announcements = read.OrderByDescending(a => a.Date).ThenBy(a => a.Url, StringComparer.Ordinal).ToList();
        CheckUrls(announcements, diagnostics);
        return new ContentSet(input, cascade.Settings, registry, announcements, diagnostics.ToSortedList());
    }

    /// <summary>The checks that need every record: two records for one URL, redirects onto pages (also run by incremental preview updates).</summary>
    internal static void CheckUrls(IReadOnlyList<Announcement> announcements, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, Announcement>(StringComparer.Ordinal);
        foreach (var announcement in announcements.Where(a => !a.Excluded).OrderBy(a => a.SourcePath, StringComparer.Ordinal))
        {
            if (owners.TryGetValue(announcement.Url, out var first))
            {
                diagnostics.Report(Codes.DuplicateUrl, SourceLocation.StartOf(announcement.SourcePath),
                    $"'{announcement.SourcePath}' and '{first.SourcePath}' both produce {announcement.Url}");
                continue;
            }

            owners[announcement.Url] = announcement;
        }

        foreach (var announcement in announcements.Where(a => !a.Excluded))
        {
            foreach (var path in announcement.RedirectFrom)
            {
                if (GeneratedPaths.ClashOf(path) is { } generated)
                {
                    diagnostics.Report(Codes.InvalidRedirect, SourceLocation.StartOf(announcement.SourcePath),
                        $"redirect_from {path} clashes with {generated}, which the build writes itself (feeds, sitemap, assets, search, section pages)");
                }
                else if (owners.TryGetValue(path, out var page))
                {
                    diagnostics.Report(Codes.InvalidRedirect, SourceLocation.StartOf(announcement.SourcePath),
                        $"redirect_from {path} is the address of '{page.SourcePath}'; a redirect would replace that page");
                }
                else
                {
                    owners[path] = announcement;
                }
            }
        }
    }
}
