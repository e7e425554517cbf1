using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IprArchive.Content;
using IprArchive.Content.Registries;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>One file of the statements export.</summary>
/// <param name="Path">Output path: <c>statements.json</c>, then <c>statements-2.json</c>…</param>
/// <param name="Statements">The statements it holds (whole records, in order).</param>
/// <param name="Json">Makes its content (when it is written).</param>
public sealed record ExportPage(string Path, IReadOnlyList<Statement> Statements, Func<string> Json);

/// <summary>
/// <c>statements.json</c>: every quotation of the archive for newsrooms' own tools, newest record
/// first, whole records of about <see cref="PageSize"/> statements to a file with <c>next</c>/<c>prev</c>
/// links. The shape is documented in docs/statements.md; changing it breaks other people's tools,
/// so add fields, never rename, and raise <see cref="Version"/> on a breaking change.
/// </summary>
/// <remarks>
/// Version 2 groups the statements under their record and names speakers and organisations by id,
/// each described once a file: version 1 repeated the record (title, URLs, date, event, source)
/// and the speaker on every statement: 20.7 MB at 10,000 records against 10.4 MB now.
/// </remarks>
public static class StatementsExport
{
    /// <summary>Statements per file: a file ends with the record that reaches this many.</summary>
    public const int PageSize = 1000;

    /// <summary>Version of the shape, raised only on a breaking change.</summary>
    public const int Version = 2;

    // Not indented: at 1,000 statements a file, indentation is a fifth of its bytes, and readers are programs.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The files of the export (at least one, even when there is no statement).</summary>
    public static IReadOnlyList<ExportPage> Pages(IReadOnlyList<Statement> statements, SiteContext site)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(site);
        var slices = Slices(statements);
        return [.. slices.Select((slice, i) => new ExportPage(FileName(i + 1), slice, () => Page(slice, statements.Count, i + 1, slices.Count, site)))];
    }

    // Whole records, in order, until a file holds PageSize statements (a record is never split).
    private static List<IReadOnlyList<Statement>> Slices(IReadOnlyList<Statement> statements)
    {
        var slices = new List<IReadOnlyList<Statement>>();
        var current = new List<Statement>();
        for (var i = 0; i < statements.Count; i++)
        {
            current.Add(statements[i]);
            var recordEnds = i + 1 == statements.Count || !ReferenceEquals(statements[i + 1].Announcement, statements[i].Announcement);
            if (recordEnds && current.Count >= PageSize)
            {
                slices.Add(current);
                current = [];
            }
        }

        if (current.Count > 0 || slices.Count == 0)
        {
            slices.Add(current);
        }

        return slices;
    }

    private static string Page(IReadOnlyList<Statement> slice, int total, int number, int count, SiteContext site)
    {
        var speakers = new JsonObject();
        var organizations = new JsonObject();
        var records = new JsonArray();
        foreach (var group in slice.GroupBy(s => s.Announcement, ReferenceEqualityComparer.Instance))
        {
            var a = (Announcement)group.Key!;
            var items = new JsonArray([.. group.Select(s => (JsonNode)Item(s, speakers, organizations, site))]);
            records.Add(Record(a, items, site));
        }

        var page = new JsonObject
        {
            ["version"] = Version,
            ["total"] = total,
            ["page"] = number,
            ["pages"] = count,
            ["prev"] = number > 1 ? site.Urls.Absolute("/" + FileName(number - 1)) : null,
            ["next"] = number < count ? site.Urls.Absolute("/" + FileName(number + 1)) : null,
            ["speakers"] = speakers,
            ["organizations"] = organizations,
            ["records"] = records,
        };
        return page.ToJsonString(Options) + "\n";
    }

    /// <summary><c>statements.json</c> for page 1, <c>statements-N.json</c> after.</summary>
    public static string FileName(int number) => number == 1 ? "statements.json" : $"statements-{number}.json";

    private static JsonObject Record(Announcement a, JsonArray statements, SiteContext site) => new()
    {
        ["id"] = a.Url.Trim('/'),
        ["title"] = a.Title,
        ["url"] = site.Urls.Absolute(a.Url),
        ["date"] = AnnouncementViews.IsoDate(a.Date),
        ["event"] = a.Event,
        ["language"] = a.Language,
        ["source_url"] = AnnouncementViews.SafeHttpUrl(a.Source?.Url),
        ["statements"] = statements,
    };

    // The speaker and organisation go to the file's tables the first time they are named.
    private static JsonObject Item(Statement statement, JsonObject speakers, JsonObject organizations, SiteContext site)
    {
        var (a, q) = (statement.Announcement, statement.Quotation);
        var item = new JsonObject
        {
            ["anchor"] = q.Id,
            ["text"] = q.Text,
            ["speaker"] = q.Speaker?.Speaker.Id,
        };
        if (q.Speaker is { } credit)
        {
            if (!speakers.ContainsKey(credit.Speaker.Id))
            {
                speakers[credit.Speaker.Id] = new JsonObject
                {
                    ["name"] = credit.Speaker.Name,
                    ["url"] = site.Urls.Absolute(AnnouncementViews.SpeakerUrl(credit.Speaker)),
                };
            }

            item["role"] = credit.Role;
            item["organization"] = credit.Organization?.Id;
            if (credit.Organization is { } o)
            {
                if (!organizations.ContainsKey(o.Id))
                {
                    organizations[o.Id] = new JsonObject { ["name"] = o.Name };
                }

                item["organization_name"] = RoleAtTheTime.OrganizationName(o, a.Date);
            }
        }

        item["attribution"] = AttributionNames.Of(q.Kind);
        item["form"] = q.Form switch { Markdown.QuotationForm.Block => "block", Markdown.QuotationForm.Turn => "turn", _ => "inline" };
        return item;
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
