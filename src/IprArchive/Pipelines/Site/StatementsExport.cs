using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IprArchive.Content.Registries;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>One file of the statements export.</summary>
/// <param name="Path">Output path: <c>statements.json</c>, then <c>statements-2.json</c>…</param>
/// <param name="Json">Makes its content (when it is written).</param>
public sealed record ExportPage(string Path, Func<string> Json);

/// <summary>
/// <c>statements.json</c>: every quotation of the archive for newsrooms' own tools, newest first,
/// <see cref="PageSize"/> to a file with <c>next</c>/<c>prev</c> links. The shape is documented in
/// docs/statements.md; changing it breaks other people's tools, so add fields, never rename.
/// </summary>
public static class StatementsExport
{
    /// <summary>Statements per file.</summary>
    public const int PageSize = 1000;

    /// <summary>Version of the shape, raised only on a breaking change.</summary>
    public const int Version = 1;

    // Not indented: at 1,000 statements a file, indentation is a fifth of its bytes, and readers are programs.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The files of the export (at least one, even when there is no statement).</summary>
    public static IEnumerable<ExportPage> Pages(IReadOnlyList<Statement> statements, SiteContext site)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(site);
        var count = Math.Max(1, (statements.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= count; number++)
        {
            var page = number;
            yield return new ExportPage(FileName(number), () => Page(statements, page, count, site));
        }
    }

    private static string Page(IReadOnlyList<Statement> statements, int number, int count, SiteContext site)
    {
        var page = new JsonObject
        {
            ["version"] = Version,
            ["total"] = statements.Count,
            ["page"] = number,
            ["pages"] = count,
            ["prev"] = number > 1 ? site.Urls.Absolute("/" + FileName(number - 1)) : null,
            ["next"] = number < count ? site.Urls.Absolute("/" + FileName(number + 1)) : null,
            ["statements"] = new JsonArray([.. statements.Skip((number - 1) * PageSize).Take(PageSize).Select(s => (JsonNode)Item(s, site))]),
        };
        return page.ToJsonString(Options) + "\n";
    }

    /// <summary><c>statements.json</c> for page 1, <c>statements-N.json</c> after.</summary>
    public static string FileName(int number) => number == 1 ? "statements.json" : $"statements-{number}.json";

    private static JsonObject Item(Statement statement, SiteContext site)
    {
        var (a, q) = (statement.Announcement, statement.Quotation);
        return new JsonObject
        {
            ["id"] = $"{a.Url.Trim('/')}#{q.Id}",
            ["text"] = q.Text,
            ["speaker"] = q.Speaker is { } credit ? new JsonObject
            {
                ["id"] = credit.Speaker.Id,
                ["name"] = credit.Speaker.Name,
                ["url"] = site.Urls.Absolute(AnnouncementViews.SpeakerUrl(credit.Speaker)),
                ["role"] = credit.Role,
                ["organization"] = credit.Organization is { } o ? new JsonObject
                {
                    ["id"] = o.Id,
                    ["name"] = o.Name,
                    ["name_at_the_time"] = RoleAtTheTime.OrganizationName(o, a.Date),
                } : null,
            } : null,
            ["attribution"] = AttributionNames.Of(q.Kind),
            ["date"] = AnnouncementViews.IsoDate(a.Date),
            ["event"] = a.Event,
            ["language"] = a.Language,
            ["form"] = q.Form switch { Markdown.QuotationForm.Block => "block", Markdown.QuotationForm.Turn => "turn", _ => "inline" },
            ["record"] = new JsonObject { ["title"] = a.Title, ["url"] = site.Urls.Absolute(a.Url) },
            ["anchor"] = q.Id,
            ["url"] = site.Urls.Absolute(statement.Url),
            ["source_url"] = AnnouncementViews.SafeHttpUrl(a.Source?.Url),
        };
    }
}

/// <summary>The names of <see cref="AttributionKind"/> in exports and on pages.</summary>
public static class AttributionNames
{
    /// <summary><c>explicit</c>, <c>turn</c>, <c>sentence</c>, <c>pronoun</c>, <c>only-speaker</c> or <c>none</c>.</summary>
    public static string Of(AttributionKind kind) => kind switch
    {
        AttributionKind.Explicit => "explicit",
        AttributionKind.Turn => "turn",
        AttributionKind.Sentence => "sentence",
        AttributionKind.Pronoun => "pronoun",
        AttributionKind.OnlySpeaker => "only-speaker",
        _ => "none",
    };
}
