using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// schema.org data for announcement pages: a <c>NewsArticle</c> whose <c>author</c> are the
/// speakers (<c>Person</c>, with their role and organisation at the time) and whose <c>about</c>
/// are their organisations, with each quotation as a <c>Quotation</c> of the article's
/// <c>hasPart</c> (<c>creator</c> the speaker credited with it, when there is one) and the plan
/// period as <c>temporalCoverage</c>. Every entity is described once and named again by
/// <c>@id</c> alone (<c>{"@id": "…/speakers/gan-shaoning/"}</c>; a JSON-LD reader joins the two
/// nodes): this block is on every record page, so what it repeats is multiplied by the archive
/// (the organisation's other names are on its own page; the summary is the page's meta description).
/// </summary>
public static class JsonLd
{
    // The default encoder writes <, >, & and ' as \u003C… so "</script>" can never appear in the
    // output and end the script element early, whatever an editor wrote.
    // All of Unicode is allowed as is (a Chinese name is 3 bytes in UTF-8, 6 as \u escapes); the
    // HTML-sensitive characters are still escaped, whatever the allowed ranges.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON-LD of <paramref name="a"/>, safe to print inside a script element.</summary>
    public static string NewsArticle(Announcement a, RenderedMarkdown body, IReadOnlyList<Quotation> quotations, SiteContext site)
    {
        var url = site.Urls.Absolute(a.Url);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["@id"] = url,
            ["headline"] = a.Title,
            ["datePublished"] = AnnouncementViews.IsoDate(a.Date),
            ["inLanguage"] = a.Language,
            ["author"] = new JsonArray([.. a.Speakers.Select(s => (JsonNode)Person(s, site))]),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Settings.Title, ["url"] = site.Urls.Absolute("/") },
        };
        // Each is described once: an author's affiliation, or here.
        var described = a.Speakers.Where(s => s.Organization is not null).Select(s => s.Organization!.Id).ToHashSet(StringComparer.Ordinal);
        var organizations = a.Organizations.Select(o => (JsonNode)(described.Contains(o.Id) ? IdOnly(Organization(o, site)) : Organization(o, site))).ToArray();
        if (organizations.Length > 0)
        {
            article["about"] = new JsonArray(organizations);
        }

        Add(article, "temporalCoverage", a.Plan?.TemporalCoverage);
        Add(article, "isBasedOn", AnnouncementViews.SafeHttpUrl(a.Source?.Url));
        if (a.Topics.Count > 0)
        {
            article["keywords"] = new JsonArray([.. a.Topics.Select(t => (JsonNode)t.Name)]);
        }

        if (quotations.Count > 0)
        {
            var authors = a.Speakers.Select(s => s.Speaker.Id).ToHashSet(StringComparer.Ordinal);
            article["hasPart"] = new JsonArray([.. quotations.Select(q => (JsonNode)Quotation(q, authors, site))]);
        }

        return article.ToJsonString(Options);
    }

    // Its date, language and article are the article's (it is one of its parts): not repeated here.
    private static JsonObject Quotation(Quotation quotation, HashSet<string> authors, SiteContext site)
    {
        var result = new JsonObject
        {
            ["@type"] = "Quotation",
            // Relative to the page (JSON-LD resolves it against the document's address): #q-1.
            ["@id"] = "#" + quotation.Id,
            ["text"] = quotation.Text,
        };
        if (quotation.Speaker is not null)
        {
            var person = Person(quotation.Speaker, site);
            result["creator"] = authors.Contains(quotation.Speaker.Speaker.Id) ? IdOnly(person) : Reference(person);
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
        };
        Add(person, "jobTitle", credit.Role);
        if (credit.Organization is not null)
        {
            person["affiliation"] = Organization(credit.Organization, site);
        }

        return person;
    }

    private static JsonObject Organization(Organization organization, SiteContext site) => new()
    {
        ["@type"] = "Organization",
        ["@id"] = site.Urls.Absolute(AnnouncementViews.OrganizationUrl(organization)),
        ["name"] = organization.Name,
    };

    /// <summary>The entity named by its type, @id and name only; the full description is elsewhere in the graph.</summary>
    private static JsonObject Reference(JsonObject entity) => new()
    {
        ["@type"] = entity["@type"]!.DeepClone(),
        ["@id"] = entity["@id"]!.DeepClone(),
        ["name"] = entity["name"]!.DeepClone(),
    };

    /// <summary>The entity named by its @id only: it is described in full elsewhere in this block.</summary>
    private static JsonObject IdOnly(JsonObject entity) => new() { ["@id"] = entity["@id"]!.DeepClone() };

    private static void Add(JsonObject target, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[key] = value;
        }
    }
}
