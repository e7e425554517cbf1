using IprArchive.Content;

namespace IprArchive.Pipelines.Site;

/// <summary>The kinds of archive page: one per entity of each kind, plus years.</summary>
public enum ArchiveKind
{
    /// <summary>A speaker's statements: <c>/speakers/slug/</c>.</summary>
    Speaker,

    /// <summary>An organisation's statements: <c>/organizations/slug/</c>.</summary>
    Organization,

    /// <summary>A plan period's statements: <c>/plans/slug/</c>.</summary>
    Plan,

    /// <summary>A topic's statements: <c>/topics/slug/</c>.</summary>
    Topic,

    /// <summary>A year's statements: <c>/announcements/YYYY/</c>.</summary>
    Year,
}

/// <summary>
/// A list of announcements that gets its own paginated pages (and, for speakers, organisations
/// and topics, an Atom feed). <see cref="Items"/> is newest first.
/// </summary>
public sealed class Archive
{
    /// <summary>Creates an archive; <paramref name="items"/> must be newest first.</summary>
    public Archive(ArchiveKind kind, string slug, string name, IReadOnlyList<Announcement> items, object? entity)
    {
        Kind = kind;
        Slug = slug;
        Name = name;
        Items = items;
        Entity = entity;
        Url = kind == ArchiveKind.Year ? $"/announcements/{slug}/" : $"{SectionUrl(kind)}{slug}/";
    }

    /// <summary>What it lists.</summary>
    public ArchiveKind Kind { get; }

    /// <summary>URL segment.</summary>
    public string Slug { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Announcement> Items { get; }

    /// <summary>The <see cref="Speaker"/>, <see cref="Organization"/>, <see cref="PlanPeriod"/> or <see cref="Topic"/>; null for years.</summary>
    public object? Entity { get; }

    /// <summary>First page, site-relative.</summary>
    public string Url { get; }

    /// <summary>Atom feed of the archive: every value of every facet has one.</summary>
    public string? FeedUrl => Url + "feed.xml";

    /// <summary>Date of the newest item.</summary>
    public DateOnly Updated => Items[0].Date;

    /// <summary>The index page listing every archive of a kind: <c>/speakers/</c>, …, <c>/announcements/</c> for years.</summary>
    public static string SectionUrl(ArchiveKind kind) => kind switch
    {
        ArchiveKind.Speaker => "/speakers/",
        ArchiveKind.Organization => "/organizations/",
        ArchiveKind.Plan => "/plans/",
        ArchiveKind.Topic => "/topics/",
        _ => "/announcements/",
    };

    /// <summary>Heading of a kind's index page.</summary>
    public static string SectionTitle(ArchiveKind kind) => kind switch
    {
        ArchiveKind.Speaker => "Speakers",
        ArchiveKind.Organization => "Organisations",
        ArchiveKind.Plan => "Plan periods",
        ArchiveKind.Topic => "Topics",
        _ => "Years",
    };
}
