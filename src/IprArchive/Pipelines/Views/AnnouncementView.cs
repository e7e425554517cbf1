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

    /// <summary>The body's quotations in reading order, each with its link and citation.</summary>
    public IReadOnlyList<QuotationView> Quotations { get; init; } = [];

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

/// <summary>A quotation as the announcement page lists it under the body, with its controls.</summary>
/// <param name="Id">Anchor in the page (<c>q-1</c>).</param>
/// <param name="Number">1-based number, for labels.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">The speaker credited with it, or null.</param>
/// <param name="Attribution"><c>explicit</c>, <c>sentence</c>, <c>pronoun</c>, <c>only-speaker</c> or <c>none</c>.</param>
/// <param name="Permalink">Absolute link to the quotation with a text fragment that highlights it.</param>
/// <param name="CitationText">The plain-text citation "Copy citation" copies.</param>
public sealed record QuotationView(int Number, string Id, string Text, SpeakerCreditView? Speaker, string Attribution, string Permalink, string CitationText);

/// <summary>A statement as a speaker, topic or plan page lists it.</summary>
/// <param name="Text">The quoted words.</param>
/// <param name="Url">Site-relative link to the quotation (<c>/announcements/2021/x/#q-1</c>).</param>
/// <param name="SpeakerName">Who said it.</param>
/// <param name="SpeakerUrl">Their page.</param>
/// <param name="DateIso"><c>2021-11-01</c>.</param>
/// <param name="DateDisplay"><c>1 November 2021</c>.</param>
/// <param name="Event">The event, if the record names one.</param>
/// <param name="RecordTitle">Title of the record it is in.</param>
/// <param name="Language">Language of the record.</param>
public sealed record StatementView(string Text, string Url, string SpeakerName, string SpeakerUrl, string DateIso, string DateDisplay, string? Event, string RecordTitle, string Language);
