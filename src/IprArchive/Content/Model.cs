namespace IprArchive.Content;

/// <summary>A person who speaks in announcements. Unregistered speakers get an entity of their own.</summary>
public sealed record Speaker(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<SpeakerRole> Roles, bool IsRegistered)
{
    /// <summary>URL slug of the speaker's page (the id).</summary>
    public string Slug => Id;

    /// <summary>The role held on <paramref name="date"/> according to the registry, if any.</summary>
    public SpeakerRole? RoleOn(DateOnly date) =>
        Roles.FirstOrDefault(r => (r.From is null || r.From <= date) && (r.To is null || date <= r.To));
}

/// <summary>A role a speaker held, with its organisation id and optional dates.</summary>
public sealed record SpeakerRole(string Role, string? OrganizationId, DateOnly? From, DateOnly? To);

/// <summary>An IP office or other body, with acronyms and former names ("CNIPA, formerly SIPO").</summary>
public sealed record Organization(
    string Id,
    string Name,
    string? ShortName,
    IReadOnlyList<string> Acronyms,
    IReadOnlyList<FormerName> FormerNames,
    IReadOnlyList<string> Aliases,
    bool IsRegistered)
{
    /// <summary>URL slug of the organisation's page (the id).</summary>
    public string Slug => Id;

    /// <summary>The acronym if there is one, else the name.</summary>
    public string DisplayName => ShortName ?? Name;

    /// <summary>Every spelling that resolves to this organisation, display forms first.</summary>
    public IEnumerable<string> AllNames =>
        new[] { Name }.Concat(ShortName is null ? [] : [ShortName]).Concat(Acronyms)
            .Concat(FormerNames.SelectMany(f => f.Acronym is null ? new[] { f.Name } : [f.Name, f.Acronym]))
            .Concat(Aliases);
}

/// <summary>A name an organisation used until a date (SIPO until 2018).</summary>
public sealed record FormerName(string Name, string? Acronym, DateOnly? Until);

/// <summary>A plan period such as "14th Five-Year Plan (2021-2025)".</summary>
public sealed record PlanPeriod(string Id, string Name, string? IssuerId, int? StartYear, int? EndYear, IReadOnlyList<string> Aliases, bool IsRegistered)
{
    /// <summary>URL slug of the plan's page (the id).</summary>
    public string Slug => Id;

    /// <summary>ISO 8601 interval of years ("2021/2025") for schema.org temporalCoverage; null when unknown.</summary>
    public string? TemporalCoverage => StartYear is { } s && EndYear is { } e ? $"{s}/{e}" : null;

    /// <summary>
    /// Ids of the organisations whose records dated inside the period belong to it without being
    /// tagged: the registry's <c>applies_to</c>, else the issuer (a USPTO plan covers USPTO records).
    /// </summary>
    public IReadOnlyList<string> AppliesTo { get; init; } = [];

    /// <summary>Whether <paramref name="date"/> falls inside the period's years.</summary>
    public bool Covers(DateOnly date) => StartYear is { } s && EndYear is { } e && s <= date.Year && date.Year <= e;
}

/// <summary>A topic's display name in <c>data/topics.yml</c> ("WIPO" for records that write "wipo").</summary>
public sealed record TopicName(string Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>A topic as written, with its slug.</summary>
public sealed record Topic(string Name, string Slug);

/// <summary>One speaker of a record, with the role and organisation they held at the time.</summary>
public sealed record SpeakerCredit(Speaker Speaker, string? Role, Organization? Organization);

/// <summary>Where the text of a record comes from.</summary>
public sealed record SourceReference(string? Publisher, string? Url);

/// <summary>
/// One announcement: a validated record with its speakers, organisations and plan resolved
/// through the registries. <see cref="Date"/> is a calendar date: it never shifts with time zones.
/// </summary>
public sealed record Announcement
{
    /// <summary>Path relative to the input folder, forward slashes.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Final URL slug (front matter 'slug' or the file name without its date).</summary>
    public required string Slug { get; init; }

    public required DateOnly Date { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<SpeakerCredit> Speakers { get; init; }

    public string? Event { get; init; }

    /// <summary>
    /// The plan period the record is in: the one its front matter names, else the registered
    /// period that covers its date and applies to one of its organisations (see <see cref="PlanIsTagged"/>).
    /// </summary>
    public PlanPeriod? Plan { get; init; }

    /// <summary>Whether an editor named <see cref="Plan"/> in the record (false when it follows from the date).</summary>
    public bool PlanIsTagged { get; init; }

    public IReadOnlyList<Topic> Topics { get; init; } = [];

    /// <summary>BCP 47 tag, from front matter or the cascade.</summary>
    public required string Language { get; init; }

    public SourceReference? Source { get; init; }

    public string? Summary { get; init; }

    /// <summary>Statiq's 'excluded': the record is checked but not published.</summary>
    public bool Excluded { get; init; }

    /// <summary>Site paths that redirect to this record.</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    /// <summary>Layout name, or null for the default layout.</summary>
    public string? Layout { get; init; }

    /// <summary>The Markdown body (read again from the file when needed, see <see cref="RecordBody"/>).</summary>
    public required RecordBody Body { get; init; }

    /// <summary>The line of the file on which <see cref="Body"/> starts (for diagnostics).</summary>
    public int BodyLine { get; init; }

    /// <summary>Site-relative URL without base path: <c>/announcements/YYYY/slug/</c>.</summary>
    public string Url => $"/announcements/{Date.Year:D4}/{Slug}/";

    /// <summary>Distinct organisations of the speakers, in order of first appearance.</summary>
    public IEnumerable<Organization> Organizations =>
        Speakers.Select(s => s.Organization).OfType<Organization>().DistinctBy(o => o.Id);
}
