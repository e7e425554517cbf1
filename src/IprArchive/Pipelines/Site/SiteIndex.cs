using IprArchive.Content;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// Every published announcement grouped once, by speaker, organisation, plan, topic and year,
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
    private readonly Dictionary<(ArchiveKind, string), Archive> _byKey = [];

    /// <summary>Groups <paramref name="published"/> (announcements that are not excluded).</summary>
    public SiteIndex(IEnumerable<Announcement> published)
    {
        Newest = [.. published.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)];
        for (var i = 0; i < Newest.Count; i++)
        {
            _chronological[Newest[i]] = i;
        }

        Archives = [.. Group(ArchiveKind.Speaker, a => a.Speakers.Select(s => (s.Speaker.Slug, s.Speaker.Name, (object)s.Speaker))),
                    .. Group(ArchiveKind.Organization, a => a.Organizations.Select(o => (o.Slug, o.DisplayName, (object)o))),
                    .. Group(ArchiveKind.Plan, a => a.Plan is { } p ? [(p.Slug, p.Name, (object)p)] : []),
                    .. Group(ArchiveKind.Topic, a => a.Topics.Select(t => (t.Slug, t.Name, (object)t))),
                    .. Group(ArchiveKind.Year, a => [(a.Date.Year.ToString("D4"), a.Date.Year.ToString("D4"), (object)a.Date.Year)])];
        foreach (var archive in Archives)
        {
            _byKey[(archive.Kind, archive.Slug)] = archive;
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

    /// <summary>Every archive of every kind.</summary>
    public IReadOnlyList<Archive> Archives { get; }

    /// <summary>The archives of one kind, by name (years newest first).</summary>
    public IEnumerable<Archive> ArchivesOf(ArchiveKind kind) =>
        kind == ArchiveKind.Year
            ? Archives.Where(a => a.Kind == kind).OrderByDescending(a => a.Slug, StringComparer.Ordinal)
            : Archives.Where(a => a.Kind == kind).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The archive of <paramref name="kind"/> with <paramref name="slug"/>, if any announcement is in it.</summary>
    public Archive? Find(ArchiveKind kind, string slug) => _byKey.GetValueOrDefault((kind, slug));

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
            if (archive.Kind is not (ArchiveKind.Speaker or ArchiveKind.Topic))
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
                scores[other] = archive.Kind == ArchiveKind.Speaker ? s with { Speaker = 1 } : s with { Topics = s.Topics + 1 };
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

    private List<Archive> Group(ArchiveKind kind, Func<Announcement, IEnumerable<(string Slug, string Name, object Entity)>> keys)
    {
        var groups = new Dictionary<string, (string Name, object Entity, List<Announcement> Items)>(StringComparer.Ordinal);
        foreach (var announcement in Newest)
        {
            foreach (var (slug, name, entity) in keys(announcement).DistinctBy(k => k.Slug))
            {
                if (!groups.TryGetValue(slug, out var group))
                {
                    groups[slug] = group = (name, entity, []);
                }

                group.Items.Add(announcement);
            }
        }

        return [.. groups.Select(g => new Archive(kind, g.Key, g.Value.Name, g.Value.Items, kind == ArchiveKind.Year ? null : g.Value.Entity))];
    }
}
