using IprArchive.Content;
using IprArchive.Facets;
using IprArchive.Output;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// The site paths that may change when some records change: their own pages, every page that
/// shows them (previous/next, related lists, archive pages, home, section indexes), the feeds that
/// list them, their redirects and the sitemap. Worked out from the site index before and after the
/// change, so it costs the same at 100 records as at 100,000; pages outside it are unaffected by
/// construction, and pages inside it are rewritten only if their bytes differ.
/// </summary>
internal static class AffectedOutputs
{
    // Related lists look this far along each speaker and topic archive; one more covers the shift
    // that an inserted or removed record causes.
    private const int RelatedReach = SiteIndex.RelatedWindow + 1;

    private static readonly string[] AlwaysAffected = ["index.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt"];

    /// <summary>Site paths to regenerate.</summary>
    /// <param name="before">The index of the last good build.</param>
    /// <param name="after">The index being built.</param>
    /// <param name="previousVersions">Changed or deleted records as they were.</param>
    /// <param name="currentVersions">Changed or added records as they are now.</param>
    /// <param name="pageSize">Entries per archive page.</param>
    public static HashSet<string> Of(
        SiteIndex before, SiteIndex after, IReadOnlyList<Announcement> previousVersions, IReadOnlyList<Announcement> currentVersions, int pageSize)
    {
        var paths = new HashSet<string>(AlwaysAffected, StringComparer.Ordinal);
        foreach (var kind in after.Facets.WithPages)
        {
            paths.Add(OutputPaths.FromUrl(Archive.SectionUrl(kind)));
        }

        var positions = new Dictionary<(Facet, string), List<int>>();
        AddAround(before, previousVersions, paths, positions);
        AddAround(after, currentVersions, paths, positions);
        foreach (var ((kind, slug), changedAt) in positions)
        {
            AddArchivePages(before.Find(kind, slug), after.Find(kind, slug), changedAt, Math.Max(1, pageSize), paths);
        }

        return paths;
    }

    private static void AddAround(SiteIndex index, IReadOnlyList<Announcement> changed, HashSet<string> paths, Dictionary<(Facet, string), List<int>> positions)
    {
        var published = new HashSet<Announcement>(index.Newest, ReferenceEqualityComparer.Instance);
        foreach (var announcement in changed)
        {
            foreach (var from in announcement.RedirectFrom)
            {
                paths.Add(OutputPaths.FromUrl(from.EndsWith(".html", StringComparison.Ordinal) ? from : from.TrimEnd('/') + "/"));
            }

            if (!published.Contains(announcement))
            {
                continue; // excluded: it has no page and appears on none
            }

            paths.Add(PageOf(announcement));
            foreach (var neighbour in new[] { index.Older(announcement), index.Newer(announcement) }.OfType<Announcement>())
            {
                paths.Add(PageOf(neighbour));
            }

            foreach (var archive in ArchivesOf(announcement, index))
            {
                var at = IndexOf(archive.Items, announcement);
                PositionsIn(positions, (archive.Kind, archive.Slug)).Add(at);
                if (archive.FeedUrl is { } feed)
                {
                    paths.Add(OutputPaths.FromUrl(feed));
                }

                if (archive.Kind.Key == FacetCatalogue.Speaker.Key || archive.Kind.Key == FacetCatalogue.Topic.Key)
                {
                    for (var i = Math.Max(0, at - RelatedReach); i <= Math.Min(archive.Items.Count - 1, at + RelatedReach); i++)
                    {
                        paths.Add(PageOf(archive.Items[i]));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The archive pages whose entries, counts or pagination differ: when the archive kept its size,
    /// only the pages between the changed entries' old and new places; otherwise every page.
    /// </summary>
    private static void AddArchivePages(Archive? before, Archive? after, List<int> changedAt, int pageSize, HashSet<string> paths)
    {
        if (before is not null && after is not null && before.Items.Count == after.Items.Count)
        {
            for (var page = changedAt.Min() / pageSize + 1; page <= changedAt.Max() / pageSize + 1; page++)
            {
                paths.Add(OutputPaths.FromUrl(PageModels.PageUrl(after, page)));
            }

            return;
        }

        foreach (var archive in new[] { before, after }.OfType<Archive>())
        {
            for (var page = 1; page <= (archive.Items.Count + pageSize - 1) / pageSize; page++)
            {
                paths.Add(OutputPaths.FromUrl(PageModels.PageUrl(archive, page)));
            }
        }
    }

    private static IEnumerable<Archive> ArchivesOf(Announcement a, SiteIndex index)
    {
        var keys = index.Facets.WithPages.SelectMany(f => f.Of(a).Select(v => (Kind: f, v.Slug)));
        return keys.Distinct().Select(k => index.Find(k.Kind, k.Slug)).OfType<Archive>();
    }

    private static int IndexOf(IReadOnlyList<Announcement> items, Announcement announcement)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], announcement))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{announcement.SourcePath} is missing from an archive it belongs to.");
    }

    private static string PageOf(Announcement a) => OutputPaths.FromUrl(a.Url);

    private static List<int> PositionsIn(Dictionary<(Facet, string), List<int>> positions, (Facet, string) key)
    {
        if (!positions.TryGetValue(key, out var list))
        {
            positions[key] = list = [];
        }

        return list;
    }
}
