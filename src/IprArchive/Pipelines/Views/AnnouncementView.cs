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

    /// <summary>Whether an editor tagged the record with <see cref="Plan"/> (else it is in the period by its date).</summary>
    public bool PlanIsTagged { get; init; }

    /// <summary>Topic links.</summary>
    public IReadOnlyList<LinkView> Topics { get; init; } = [];

    /// <summary>Publisher of the source text, if given.</summary>
    public string? SourcePublisher { get; init; }

    /// <summary>Source URL; only http(s) URLs are kept.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The source URL's host without <c>www.</c>, shown beside the publisher.</summary>
    public string? SourceHost { get; init; }

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

    /// <summary>The "Cite this record" box.</summary>
    public required CitationView Citation { get; init; }

    /// <summary>Absolute URL of the page, which citations and the script's BibTeX and CSL-JSON give.</summary>
    public required string AbsoluteUrl { get; init; }

    /// <summary>Speakers' names as the citation lists them, so the script can put a quotation's speaker in their place.</summary>
    public required string CitationAuthors { get; init; }
}

/// <summary>A speaker as credited on one announcement.</summary>
public sealed record SpeakerCreditView(string Name, string Url, string? Role, string? OrganizationName, string? OrganizationUrl);

/// <summary>
/// A citation in plain text, split around the access date, which the page shows as a placeholder
/// that the script fills with today's date. BibTeX and CSL-JSON are built by the script on demand.
/// </summary>
public sealed record CitationView(string TextBeforeAccessed, string TextAfterAccessed);

/// <summary>
/// A statement (quotation) as the record page lists it under the body: who said it and its
/// first words, linking to the full words in the text (printed once, there).
/// </summary>
/// <param name="Id">Anchor in the page (<c>q-1</c>).</param>
/// <param name="Number">1-based number, for labels.</param>
/// <param name="Opening">The first words, ending in an ellipsis when cut.</param>
/// <param name="Speaker">The speaker credited with it, or null.</param>
/// <param name="Attribution"><c>explicit</c>, <c>sentence</c>, <c>pronoun</c>, <c>only-speaker</c> or <c>none</c>.</param>
/// <remarks>
/// The page links it by its id alone (<c>#q-1</c>; the stylesheet highlights the target), and
/// site.js reads who its citation names from the entry's text: a text fragment and a
/// <c>data-cited-as</c> attribute were 2.7 MB of the pages at 10,000 records.
/// </remarks>
public sealed record QuotationView(int Number, string Id, string Opening, SpeakerCreditView? Speaker, string Attribution);

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
