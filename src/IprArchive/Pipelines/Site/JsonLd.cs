using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// schema.org data for announcement pages: a <c>NewsArticle</c> whose <c>author</c> and
/// <c>about</c> are the speakers (<c>Person</c>) and their organisations (<c>Organization</c>),
/// with each quotation as a <c>Quotation</c> (<c>creator</c> the speaker credited with it, when
/// there is one; <c>isPartOf</c> the article; <c>dateCreated</c> the record's date) and
/// the plan period as <c>temporalCoverage</c>.
/// </summary>
public static class JsonLd
{
    // The default encoder writes <, >, & and ' as \u003C… so "</script>" can never appear in the
    // output and end the script element early, whatever an editor wrote.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The JSON-LD of <paramref name="a"/>, safe to print inside a script element.</summary>
    public static string NewsArticle(Announcement a, RenderedMarkdown body, IReadOnlyList<Quotation> quotations, SiteContext site)
    {
        var url = site.Urls.Absolute(a.Url);
        var people = a.Speakers.Select(s => Person(s, site)).ToList();
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["@id"] = url,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["headline"] = a.Title,
            ["datePublished"] = AnnouncementViews.IsoDate(a.Date),
            ["inLanguage"] = a.Language,
            ["author"] = new JsonArray([.. people.Select(p => p.DeepClone())]),
            // Described once, under author; named again by @id (a page's JSON-LD is read by every crawler, on every page).
            ["about"] = new JsonArray([.. people.Select(p => Reference(p)), .. a.Organizations.Select(o => Reference(Organization(o, site)))]),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Settings.Title, ["url"] = site.Urls.Absolute("/") },
        };
        Add(article, "description", a.Summary);
        Add(article, "temporalCoverage", a.Plan?.TemporalCoverage);
        Add(article, "isBasedOn", AnnouncementViews.SafeHttpUrl(a.Source?.Url));
        if (a.Topics.Count > 0)
        {
            article["keywords"] = new JsonArray([.. a.Topics.Select(t => (JsonNode)t.Name)]);
        }

        if (quotations.Count > 0)
        {
            article["hasPart"] = new JsonArray([.. quotations.Select(q => (JsonNode)Quotation(q, a, url, site))]);
        }

        return article.ToJsonString(Options);
    }

    private static JsonObject Quotation(Quotation quotation, Announcement a, string pageUrl, SiteContext site)
    {
        var result = new JsonObject
        {
            ["@type"] = "Quotation",
            ["@id"] = pageUrl + "#" + quotation.Id,
            ["url"] = pageUrl + "#" + quotation.Id,
            ["text"] = quotation.Text,
            ["dateCreated"] = AnnouncementViews.IsoDate(a.Date),
            ["inLanguage"] = a.Language,
            ["isPartOf"] = new JsonObject { ["@id"] = pageUrl },
        };
        if (quotation.Speaker is not null)
        {
            result["creator"] = Reference(Person(quotation.Speaker, site));
        }

        return result;
    }

    private static JsonObject Person(SpeakerCredit credit, SiteContext site)
    {
        var person = new JsonObject
        {
            ["@type"] = "Person",
            ["@id"] = site.Urls.Absolute(AnnouncementViews.SpeakerUrl(credit.Speaker)),
            ["name"] = credit.Speaker.Name,
            ["url"] = site.Urls.Absolute(AnnouncementViews.SpeakerUrl(credit.Speaker)),
        };
        Add(person, "jobTitle", credit.Role);
        if (credit.Organization is not null)
        {
            person["affiliation"] = Organization(credit.Organization, site);
        }

        return person;
    }

    private static JsonObject Organization(Organization organization, SiteContext site)
    {
        var result = new JsonObject
        {
            ["@type"] = "Organization",
            ["@id"] = site.Urls.Absolute(AnnouncementViews.OrganizationUrl(organization)),
            ["name"] = organization.Name,
            ["url"] = site.Urls.Absolute(AnnouncementViews.OrganizationUrl(organization)),
        };
        var alternates = organization.AllNames.Skip(1).Distinct(StringComparer.Ordinal).ToList();
        if (alternates.Count > 0)
        {
            result["alternateName"] = new JsonArray([.. alternates.Select(n => (JsonNode)n)]);
        }

        return result;
    }

    /// <summary>The entity named by its type, @id and name only; the full description is elsewhere in the graph.</summary>
    private static JsonObject Reference(JsonObject entity) => new()
    {
        ["@type"] = entity["@type"]!.DeepClone(),
        ["@id"] = entity["@id"]!.DeepClone(),
        ["name"] = entity["name"]!.DeepClone(),
    };

    private static void Add(JsonObject target, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[key] = value;
        }
    }
}
