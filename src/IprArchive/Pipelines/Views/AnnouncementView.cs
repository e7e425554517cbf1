namespace IprArchive.Pipelines.Views;

/// <summary>Everything an announcement page shows.</summary>
public sealed record AnnouncementView
{
    /// <summary>Title as written (escaped by the template).</summary>
    public required string Title { get; init; }

    /// <summary>Site-relative URL.</summary>
    public required string Url { get; init; }

    /// <summary><c>2021-06-01</c>, for <c>&lt;time datetime&gt;</c>.</summary>
    public required string DateIso { get; init; }

    /// <summary><c>1 June 2021</c>.</summary>
    public required string DateDisplay { get; init; }

    /// <summary>BCP 47 language of the record.</summary>
    public required string Language { get; init; }

    /// <summary>Speakers with their role and organisation at the time.</summary>
    public required IReadOnlyList<SpeakerCreditView> Speakers { get; init; }

    /// <summary>Event, if given.</summary>
    public string? Event { get; init; }

    /// <summary>Plan period link, with its span in the title.</summary>
    public LinkView? Plan { get; init; }

    /// <summary>Topic links.</summary>
    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    /// <summary>Publisher of the source text, if given.</summary>
    public string? SourcePublisher { get; init; }

    /// <summary>Source URL; only http(s) URLs are kept.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Summary, if given.</summary>
    public string? Summary { get; init; }

    /// <summary>Sanitised body HTML with paragraph and quotation anchors (printed with <c>| raw</c>).</summary>
    public required string BodyHtml { get; init; }

    /// <summary>Next older announcement.</summary>
    public AnnouncementSummaryView? Previous { get; init; }

    /// <summary>Next newer announcement.</summary>
    public AnnouncementSummaryView? Next { get; init; }

    /// <summary>Related announcements: same speaker first, then shared topics.</summary>
    public IReadOnlyList<AnnouncementSummaryView> Related { get; init; } = [];

    /// <summary>The "Cite this" box.</summary>
    public required CitationView Citation { get; init; }
}

/// <summary>A speaker as credited on one announcement.</summary>
public sealed record SpeakerCreditView(string Name, string Url, string? Role, string? OrganizationName, string? OrganizationUrl);

/// <summary>
/// A citation in plain text and BibTeX. Each is split around the access date, which the page
/// shows as a placeholder that the script fills with today's date.
/// </summary>
public sealed record CitationView(string TextBeforeAccessed, string TextAfterAccessed, string BibtexBeforeAccessed, string BibtexAfterAccessed);
