using IprArchive.Content;
using IprArchive.Facets;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// Every published announcement grouped once, by the value of each facet with pages (speaker,
/// organisation, plan, topic, year: <see cref="FacetCatalogue"/>),
/// so that each page looks up what it needs (previous/next, related, archive lists) in time that
/// does not grow with the size of the corpus.
/// </summary>
public sealed class SiteIndex
{
    // How far along an archive (in date order) related candidates are looked for.
    internal const int RelatedWindow = 12;

    // Keyed by reference: announcements are records, and hashing a whole body per lookup is waste.
    private readonly Dictionary<Announcement, int> _chronological = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Announcement, List<(Archive Archive, int Position)>> _archivesOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Facet, string Slug), Archive> _byKey = [];

    /// <summary>Groups <paramref name="published"/> (announcements that are not excluded) by the default facets.</summary>
    public SiteIndex(IEnumerable<Announcement> published)
        : this(published, FacetCatalogue.Default)
    {
    }

    /// <summary>Groups <paramref name="published"/> by the facets of <paramref name="facets"/> that have pages.</summary>
    public SiteIndex(IEnumerable<Announcement> published, FacetCatalogue facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        Facets = facets;
        Newest = [.. published.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)];
        for (var i = 0; i < Newest.Count; i++)
        {
            _chronological[Newest[i]] = i;
        }

        Archives = [.. facets.WithPages.SelectMany(Group)];
        foreach (var archive in Archives)
        {
            _byKey[(archive.Kind.Key, archive.Slug)] = archive;
            for (var i = 0; i < archive.Items.Count; i++)
            {
                if (!_archivesOf.TryGetValue(archive.Items[i], out var list))
                {
                    _archivesOf[archive.Items[i]] = list = [];
                }

                list.Add((archive, i));
            }
        }
    }

    /// <summary>Published announcements, newest first.</summary>
    public IReadOnlyList<Announcement> Newest { get; }

    /// <summary>The facets the archives are of.</summary>
    public FacetCatalogue Facets { get; }

    /// <summary>Every archive of every kind.</summary>
    public IReadOnlyList<Archive> Archives { get; }

    /// <summary>The archives of one kind, by name (years newest first).</summary>
    public IEnumerable<Archive> ArchivesOf(Facet kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var archives = Archives.Where(a => a.Kind.Key == kind.Key);
        return kind.Pages?.Order == ValueOrder.NewestFirst
            ? archives.OrderByDescending(a => a.Slug, StringComparer.Ordinal)
            : archives.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The archive of <paramref name="kind"/> with <paramref name="slug"/>, if any announcement is in it.</summary>
    public Archive? Find(Facet kind, string slug)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return _byKey.GetValueOrDefault((kind.Key, slug));
    }

    /// <summary>The next older announcement.</summary>
    public Announcement? Older(Announcement announcement) =>
        _chronological[announcement] + 1 < Newest.Count ? Newest[_chronological[announcement] + 1] : null;

    /// <summary>The next newer announcement.</summary>
    public Announcement? Newer(Announcement announcement) =>
        _chronological[announcement] > 0 ? Newest[_chronological[announcement] - 1] : null;

    /// <summary>
    /// Up to <paramref name="count"/> related announcements: the same speaker's closest in time
    /// first, then those sharing most topics. Only neighbours within a fixed window of each archive
    /// are considered, which keeps this O(1) per page whatever the corpus size.
    /// </summary>
    public IReadOnlyList<Announcement> Related(Announcement announcement, int count = 5)
    {
        var scores = new Dictionary<Announcement, (int Speaker, int Topics, int Distance)>(ReferenceEqualityComparer.Instance);
        foreach (var (archive, at) in _archivesOf.GetValueOrDefault(announcement) ?? [])
        {
            var bySpeaker = archive.Kind.Key == FacetCatalogue.Speaker.Key;
            if (!bySpeaker && archive.Kind.Key != FacetCatalogue.Topic.Key)
            {
                continue;
            }

            var from = Math.Max(0, at - RelatedWindow);
            var to = Math.Min(archive.Items.Count - 1, at + RelatedWindow);
            for (var i = from; i <= to; i++)
            {
                var other = archive.Items[i];
                if (ReferenceEquals(other, announcement))
                {
                    continue;
                }

                (int Speaker, int Topics, int Distance) s = scores.GetValueOrDefault(other, (0, 0, Math.Abs(announcement.Date.DayNumber - other.Date.DayNumber)));
                scores[other] = bySpeaker ? s with { Speaker = 1 } : s with { Topics = s.Topics + 1 };
            }
        }

        return [.. scores
            .OrderByDescending(kv => kv.Value.Speaker)
            .ThenByDescending(kv => kv.Value.Topics)
            .ThenBy(kv => kv.Value.Distance)
            .ThenBy(kv => kv.Key.Url, StringComparer.Ordinal)
            .Take(count)
            .Select(kv => kv.Key)];
    }

    private List<Archive> Group(Facet facet)
    {
        var groups = new Dictionary<string, (string Name, object? Entity, List<Announcement> Items)>(StringComparer.Ordinal);
        foreach (var announcement in Newest)
        {
            foreach (var value in facet.Of(announcement).DistinctBy(v => v.Slug))
            {
                if (!groups.TryGetValue(value.Slug, out var group))
                {
                    groups[value.Slug] = group = (value.Name, value.Entity, []);
                }

                group.Items.Add(announcement);
            }
        }

        return [.. groups.Select(g => new Archive(facet, g.Key, g.Value.Name, g.Value.Items, g.Value.Entity))];
    }
}
