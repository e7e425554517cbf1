namespace IprArchive.Pipelines.Views;

/// <summary>An announcement as one entry of a list.</summary>
public sealed record AnnouncementSummaryView(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string Language,
    string SpeakerLine,
    string? Summary);

/// <summary>One page of an archive, with its pagination.</summary>
public sealed record ArchivePageView
{
    /// <summary>"Speaker", "Organisation", "Plan period", "Topic" or "Year".</summary>
    public required string KindLabel { get; init; }

    /// <summary>The archive's heading.</summary>
    public required string Name { get; init; }

    /// <summary>Lines shown under the heading: aliases, former names, span, issuer, roles.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];

    /// <summary>Entries of this page, newest first.</summary>
    public required IReadOnlyList<AnnouncementSummaryView> Items { get; init; }

    /// <summary>Total entries in the archive.</summary>
    public required int TotalItems { get; init; }

    /// <summary>1-based number of this page.</summary>
    public required int PageNumber { get; init; }

    /// <summary>Links to every page of the archive (numbered pagination).</summary>
    public required IReadOnlyList<PageLink> Pages { get; init; }

    /// <summary>Quotations in this page's entries (for a speaker, only theirs), newest first.</summary>
    public IReadOnlyList<StatementView> Statements { get; init; } = [];

    /// <summary>The archive's Atom feed, if it has one.</summary>
    public string? FeedUrl { get; init; }

    /// <summary>Where the list of all archives of this kind is.</summary>
    public required LinkView Section { get; init; }
}

/// <summary>A link to one page of a paginated archive.</summary>
public sealed record PageLink(int Number, string Url, bool IsCurrent);

/// <summary>The index of all archives of one kind, with their sizes.</summary>
public sealed record SectionView(string Title, IReadOnlyList<SectionEntry> Entries);

/// <summary>One archive on a section index.</summary>
public sealed record SectionEntry(string Name, string Url, int Count, string? Note);

/// <summary>The home page: latest announcements and the ways in.</summary>
/// <param name="Latest">Newest statements.</param>
/// <param name="WaysIn">Years, speakers, organisations, plans and topics, each cut to its largest entries.</param>
/// <param name="Total">Number of published statements.</param>
public sealed record HomeView(IReadOnlyList<AnnouncementSummaryView> Latest, IReadOnlyList<HomeSection> WaysIn, int Total);

/// <summary>One "way in" on the home page: the biggest entries of a section and a link to all of it.</summary>
/// <param name="Title">"By speaker".</param>
/// <param name="Url">The section index with every entry.</param>
/// <param name="Entries">The entries shown.</param>
/// <param name="Total">How many entries the section has.</param>
public sealed record HomeSection(string Title, string Url, IReadOnlyList<SectionEntry> Entries, int Total)
{
    /// <summary>True when the home page shows only part of the section.</summary>
    public bool HasMore => Total > Entries.Count;
}
