using IprArchive.Content;
using IprArchive.Content.Registries;
using IprArchive.Facets;
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
    public static IReadOnlyList<SearchDocument> ToSearchDocuments(Announcement announcement, RenderedMarkdown rendered, IReadOnlyList<Quotation> quotations, FacetCatalogue? facets = null)
    {
        ArgumentNullException.ThrowIfNull(quotations);
        var record = ToSearchDocument(announcement, rendered, facets);
        return QuotationSubDocuments.Expand(record, [.. quotations.Select(q => ToSearchQuotation(q, announcement.Date))]);
    }

    /// <summary>The record alone: its rendered paragraphs (paragraph i is the page's <c>#p-{i+1}</c>), without its quotations.</summary>
    public static SearchDocument ToSearchDocument(Announcement announcement, RenderedMarkdown rendered, FacetCatalogue? facets = null)
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
            Facets = (facets ?? FacetCatalogue.Default).All.Where(f => f.Source == FacetSource.Record)
                .ToDictionary(f => f.Key, IReadOnlyList<SearchEntity> (f) => [.. f.Of(announcement).Select(Entity)]),
            Event = announcement.Event,
        };
    }

    private static SearchQuotation ToSearchQuotation(Quotation q, DateOnly date) => new(
        q.Id,
        q.Text,
        q.ParagraphIndex,
        q.Form == QuotationForm.Block,
        q.Speaker is { } credit ? Speaker(credit.Speaker) : null,
        q.Speaker is { } s ? RoleAtTheTime.Detail(s, date) : null,
        q.Form == QuotationForm.Turn);

    private static SearchEntity Entity(FacetValue value) => new(value.Slug, value.Name, value.OtherNames) { FormerNames = value.FormerNames };

    // A quotation's speaker is its own, not one of the record's, with the names the speaker facet gives.
    private static SearchEntity Speaker(Speaker speaker) => Entity(FacetCatalogue.SpeakerValue(speaker));
}
