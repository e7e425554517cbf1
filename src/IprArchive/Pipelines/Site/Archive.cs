using IprArchive.Content;
using IprArchive.Facets;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// A list of announcements that gets its own paginated pages and an Atom feed: one per value of
/// each facet with pages (<see cref="FacetPages"/>). <see cref="Items"/> is newest first.
/// </summary>
public sealed class Archive
{
    /// <summary>Creates an archive of a facet with pages; <paramref name="items"/> must be newest first.</summary>
    public Archive(Facet facet, string slug, string name, IReadOnlyList<Announcement> items, object? entity)
    {
        ArgumentNullException.ThrowIfNull(facet);
        Kind = facet;
        Slug = slug;
        Name = name;
        Items = items;
        Entity = entity;
        Url = PagesOf(facet).UrlOf(slug);
    }

    /// <summary>The facet it is a value of.</summary>
    public Facet Kind { get; }

    /// <summary>URL segment.</summary>
    public string Slug { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Announcement> Items { get; }

    /// <summary>The registry entity (<see cref="Speaker"/>, <see cref="Organization"/>, <see cref="PlanPeriod"/>, <see cref="Topic"/>); null for plain values (years).</summary>
    public object? Entity { get; }

    /// <summary>First page, site-relative.</summary>
    public string Url { get; }

    /// <summary>Atom feed of the archive: every value of every facet has one.</summary>
    public string? FeedUrl => Url + "feed.xml";

    /// <summary>Date of the newest item.</summary>
    public DateOnly Updated => Items[0].Date;

    /// <summary>The index page listing every archive of a facet: <c>/speakers/</c>, …, <c>/announcements/</c> for years.</summary>
    public static string SectionUrl(Facet kind) => PagesOf(kind).SectionUrl;

    /// <summary>Heading of a facet's index page.</summary>
    public static string SectionTitle(Facet kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.PluralLabel;
    }

    private static FacetPages PagesOf(Facet facet) =>
        facet.Pages ?? throw new ArgumentException($"The facet '{facet.Key}' has no archive pages.", nameof(facet));
}
