using System.Globalization;
using IprArchive.Content;
using IprArchive.Content.Registries;
using IprArchive.Facets;
using IprArchive.Markdown;
using IprArchive.Pipelines.Views;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>Builds the views of an announcement: as a list entry and as a full page.</summary>
public static class AnnouncementViews
{
    /// <summary><c>3 October 2016</c>.</summary>
    public static string DisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary><c>2016-10-03</c>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// "Shen Changyu (SIPO); Francis Gurry (WIPO)": who spoke and for which organisation at the
    /// time, as lists show it; the roles are on the record's page (listing them in every entry of
    /// every list was a tenth of the list pages' bytes).
    /// </summary>
    public static string SpeakerLine(Announcement a) =>
        string.Join("; ", a.Speakers.Select(s => RoleAtTheTime.OrganizationName(s.Organization, a.Date) is { } org ? $"{s.Speaker.Name} ({org})" : s.Speaker.Name));

    /// <summary>The announcement as an entry of a list.</summary>
    public static AnnouncementSummaryView Summary(Announcement a) =>
        new(a.Title, a.Url, IsoDate(a.Date), DisplayDate(a.Date), a.Language, SpeakerLine(a), a.Summary);

    /// <summary>The full page view.</summary>
    public static AnnouncementView Page(Announcement a, RenderedMarkdown body, IReadOnlyList<Quotation> quotations, SiteIndex index, SiteContext site) => new()
    {
        Title = a.Title,
        Url = a.Url,
        DateIso = IsoDate(a.Date),
        DateDisplay = DisplayDate(a.Date),
        Language = a.Language,
        Speakers = [.. a.Speakers.Select(s => CreditView(s, a.Date))],
        Event = a.Event,
        Plan = a.Plan is null ? null : new LinkView(a.Plan.Name, FacetCatalogue.Plan.Pages!.UrlOf(a.Plan.Slug)),
        PlanIsTagged = a.PlanIsTagged,
        Topics = [.. a.Topics.Select(t => new LinkView(t.Name, FacetCatalogue.Topic.Pages!.UrlOf(t.Slug)))],
        SourcePublisher = a.Source?.Publisher,
        SourceUrl = SafeHttpUrl(a.Source?.Url),
        SourceHost = SafeHttpUrl(a.Source?.Url) is { } url ? HostOf(url) : null,
        Summary = a.Summary,
        BodyHtml = body.Html,
        Quotations = [.. quotations.Select((q, i) => QuotationView(a, q, i + 1))],
        Previous = index.Older(a) is { } older ? Summary(older) : null,
        Next = index.Newer(a) is { } newer ? Summary(newer) : null,
        Related = [.. index.Related(a).Select(Summary)],
        Citation = Citation.For(a, site.Urls.Absolute(a.Url), site.Settings.Title),
        AbsoluteUrl = site.Urls.Absolute(a.Url),
        CitationAuthors = Citation.Authors(a),
    };

    private static string HostOf(string url)
    {
        var host = new Uri(url).Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>A speaker with role and organisation as credited on a record of <paramref name="date"/>.</summary>
    public static SpeakerCreditView CreditView(SpeakerCredit s, DateOnly date) => new(
        s.Speaker.Name,
        SpeakerUrl(s.Speaker),
        s.Role,
        RoleAtTheTime.OrganizationName(s.Organization, date),
        s.Organization is null ? null : OrganizationUrl(s.Organization));

    /// <summary>A statement as an entry of a speaker, topic or plan page.</summary>
    public static StatementView StatementEntry(Statement statement) => new(
        statement.Quotation.Text,
        statement.Url,
        statement.Quotation.Speaker?.Speaker.Name ?? "",
        statement.Quotation.Speaker is { } s ? SpeakerUrl(s.Speaker) : "",
        IsoDate(statement.Announcement.Date),
        DisplayDate(statement.Announcement.Date),
        statement.Announcement.Event,
        statement.Announcement.Title,
        statement.Announcement.Language);

    private static QuotationView QuotationView(Announcement a, Quotation q, int number)
    {
        return new QuotationView(
            number,
            q.Id,
            Opening(q.Text),
            q.Speaker is null ? null : CreditView(q.Speaker, a.Date),
            AttributionNames.Of(q.Kind));
    }

    // Enough words to tell the statements apart; the whole quotation is in the text above.
    private const int OpeningWords = 8;
    private const int OpeningCharacters = 24;

    /// <summary>The first words of a quotation ("The country has actively participated in global IPR…").</summary>
    public static string Opening(string quoted)
    {
        ArgumentNullException.ThrowIfNull(quoted);
        var text = Citation.TrimClosingPunctuation(quoted);
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            // Chinese and Japanese have no spaces to cut at.
            return text.Length <= OpeningCharacters ? text : text[..OpeningCharacters] + "…";
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= OpeningWords ? text : string.Join(' ', words.Take(OpeningWords)).TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>Site URL of a speaker's page.</summary>
    public static string SpeakerUrl(Speaker speaker) => FacetCatalogue.Speaker.Pages!.UrlOf(speaker.Slug);

    /// <summary>Site URL of an organisation's page.</summary>
    public static string OrganizationUrl(Organization organization) => FacetCatalogue.Organization.Pages!.UrlOf(organization.Slug);

    /// <summary>The URL when it is absolute http or https; anything else (javascript:, data:) is dropped.</summary>
    public static string? SafeHttpUrl(string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
