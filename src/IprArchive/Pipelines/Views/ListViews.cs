namespace IprArchive.Pipelines.Views;

/// <summary>An announcement as one entry of a list.</summary>
public sealed record AnnouncementSummaryView(
    string Title,
    string Url,
    string DateIso,
    string DateDisplay,
    string Language,
    string SpeakerLine,
    string? Summary)
{
    /// <summary>A mark shown with the entry, such as "tagged by an editor" on a plan page.</summary>
    public string? Note { get; init; }
}

/// <summary>One page of an archive, with its pagination.</summary>
public sealed record ArchivePageView
{
    /// <summary>"Speaker", "Organisation", "Plan period", "Topic" or "Year".</summary>
    public required string KindLabel { get; init; }

    /// <summary>The archive's heading.</summary>
    public required string Name { get; init; }

    /// <summary>The language of the heading's script when it is not Latin, for <c>lang</c>.</summary>
    public string? NameLanguage => Site.NameScript.LanguageOf(Name);

    /// <summary>Lines shown under the heading: aliases, former names, span, issuer.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];

    /// <summary>An organisation's former names, shown prominently under its name.</summary>
    public IReadOnlyList<NameView> FormerNames { get; init; } = [];

    /// <summary>Other spellings: acronyms, aliases, names in other scripts, each with its language.</summary>
    public IReadOnlyList<NameView> Aliases { get; init; } = [];

    /// <summary>A speaker's roles, the current (or latest) first.</summary>
    public IReadOnlyList<RoleView> Roles { get; init; } = [];

    /// <summary>Organisations the speaker spoke for, from the records.</summary>
    public IReadOnlyList<LinkView> Organizations { get; init; } = [];

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

/// <summary>A name with a note ("former name, until 2018") and the BCP 47 language of its script, if not the site's.</summary>
public sealed record NameView(string Name, string? Note, string? Language);

/// <summary>A role a speaker held: "Commissioner, CNIPA, since 28 August 2018".</summary>
/// <param name="Role">The role.</param>
/// <param name="Organization">The organisation's page, if known.</param>
/// <param name="Span">"28 August 2018 – 3 June 2022", "since …", "until …", or empty.</param>
/// <param name="IsCurrent">True for a role without an end date.</param>
public sealed record RoleView(string Role, LinkView? Organization, string Span, bool IsCurrent);

/// <summary>A link to one page of a paginated archive.</summary>
public sealed record PageLink(int Number, string Url, bool IsCurrent);

/// <summary>The index of all archives of one kind, with their sizes.</summary>
public sealed record SectionView(string Title, IReadOnlyList<SectionEntry> Entries);

/// <summary>One archive on a section index.</summary>
public sealed record SectionEntry(string Name, string Url, int Count, string? Note)
{
    /// <summary>The language of the name's script when it is not Latin (a speaker registered as 申长雨), for <c>lang</c>.</summary>
    public string? Language => Site.NameScript.LanguageOf(Name);
}

/// <summary>The home page: latest records, latest statements and the ways in.</summary>
/// <param name="Latest">Newest records.</param>
/// <param name="WaysIn">Years, speakers, organisations, plans and topics, each cut to its largest entries.</param>
/// <param name="Total">Number of published records.</param>
/// <param name="LatestStatements">Newest attributed quotations.</param>
public sealed record HomeView(IReadOnlyList<AnnouncementSummaryView> Latest, IReadOnlyList<HomeSection> WaysIn, int Total, IReadOnlyList<StatementView> LatestStatements);

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
