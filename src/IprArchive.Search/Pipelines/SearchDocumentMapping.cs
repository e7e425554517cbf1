using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Pipelines.Site;
using IprArchive.Search.Indexing;
using IprArchive.Statements;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// Maps the site's content model onto what the index knows: a record and its quotations
/// (<see cref="QuotationSubDocuments"/>), with every registry name of its speakers,
/// organisations and plan, so that an acronym or a former name ("SIPO") finds the records of
/// today's name ("CNIPA").
/// </summary>
public static class SearchDocumentMapping
{
    /// <summary>
    /// The record's document followed by one document per quotation, in
    /// <see cref="SearchIndexBuilder.DocumentOrder"/>. Records in document order give their
    /// groups in document order too: nothing sorts between a record's URL and its <c>#q-N</c>.
    /// </summary>
    public static IReadOnlyList<SearchDocument> ToSearchDocuments(Announcement announcement, RenderedMarkdown rendered, IReadOnlyList<Quotation> quotations)
    {
        ArgumentNullException.ThrowIfNull(quotations);
        var record = ToSearchDocument(announcement, rendered);
        return QuotationSubDocuments.Expand(record, [.. quotations.Select(q => ToSearchQuotation(q, announcement.Date))]);
    }

    /// <summary>The record alone: its rendered paragraphs (paragraph i is the page's <c>#p-{i+1}</c>), without its quotations.</summary>
    public static SearchDocument ToSearchDocument(Announcement announcement, RenderedMarkdown rendered)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(rendered);
        return new SearchDocument
        {
            Url = announcement.Url,
            Title = announcement.Title,
            Date = announcement.Date,
            Language = announcement.Language,
            Summary = announcement.Summary ?? "",
            Paragraphs = [.. rendered.Paragraphs.Select(p => p.Text)],
            Speakers = [.. announcement.Speakers.Select(s => Speaker(s.Speaker))],
            Organizations = [.. announcement.Organizations.Select(Organization)],
            Topics = [.. announcement.Topics.Select(t => t.Name)],
            Plan = announcement.Plan is { } plan ? Entity(plan.Id, plan.Name, plan.Aliases) : null,
            Event = announcement.Event,
        };
    }

    private static SearchQuotation ToSearchQuotation(Quotation q, DateOnly date) => new(
        q.Id,
        q.Text,
        q.ParagraphIndex,
        q.Form == QuotationForm.Block,
        q.Speaker is { } credit ? Speaker(credit.Speaker) : null,
        q.Speaker is { } s ? Credit(s, date) : null,
        q.Form == QuotationForm.Turn);

    /// <summary>"Deputy head, CNIPA": what the citation says of the speaker, with the organisation's name on that date.</summary>
    private static string? Credit(SpeakerCredit credit, DateOnly date)
    {
        var parts = new[] { credit.Role, AnnouncementViews.NameOn(credit.Organization, date) }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static SearchEntity Organization(Organization o) => Entity(o.Id, o.DisplayName, o.AllNames) with
    {
        FormerNames = o.FormerNames.SelectMany(f => f.Acronym is null ? new[] { f.Name } : [f.Name, f.Acronym]).ToHashSet(StringComparer.Ordinal),
    };

    private static SearchEntity Speaker(Speaker speaker) => Entity(speaker.Id, speaker.Name, speaker.Aliases);

    // The display name is indexed once; repeating it as an alias would inflate its term frequency.
    private static SearchEntity Entity(string id, string name, IEnumerable<string> names) =>
        new(id, name, [.. names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)]);
}
