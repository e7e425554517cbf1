using System.Text.RegularExpressions;
using IprArchive.Content.Registries;
using IprArchive.Content.Yaml;
using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>
/// Turns one record file into an <see cref="Announcement"/>: splits and parses the front matter,
/// applies the settings cascade, checks every key and resolves speakers, organisations and plan
/// through the registry. Every problem is reported; null is returned when the record is unusable.
/// </summary>
public sealed partial class AnnouncementReader(Registry registry, SettingsCascade cascade)
{
    /// <summary>Reads <paramref name="fullPath"/>, known to the site as <paramref name="file"/> (relative, forward slashes).</summary>
    public Announcement? Read(string fullPath, string file, DiagnosticBag diagnostics)
    {
        var text = SourceText.Read(fullPath, file, diagnostics);
        return text is null ? null : Parse(text, file, diagnostics, _ => RecordBody.FromFile(fullPath, file));
    }

    /// <summary>Parses the decoded <paramref name="text"/> of <paramref name="file"/>.</summary>
    public Announcement? Parse(string text, string file, DiagnosticBag diagnostics) => Parse(text, file, diagnostics, RecordBody.FromText);

    private Announcement? Parse(string text, string file, DiagnosticBag diagnostics, Func<string, RecordBody> keepBody)
    {
        if (FrontMatterSplitter.Split(text, file, diagnostics) is not { } parts)
        {
            return null;
        }

        var root = YamlTreeReader.Read(parts.Yaml, file, parts.YamlLine, diagnostics);
        if (root is not YamlTreeMapping frontMatter)
        {
            if (root is not null)
            {
                diagnostics.Report(Codes.WrongType, root.Location, $"front matter must be keys and values ('title: ...'), not {root.KindName}");
            }
            else if (parts.Yaml.Trim().Length == 0)
            {
                diagnostics.Report(Codes.MissingKey, new SourceLocation(file, 1, 1), "front matter is empty: 'title', 'date' and 'speakers' are required");
            }

            return null;
        }

        var values = new NodeValues(diagnostics);
        values.RejectUnknownKeys(frontMatter, RecordKeys.FrontMatter, "front matter");
        var fields = cascade.Resolve(file, frontMatter);
        return Build(new RecordContext(file, frontMatter, fields, parts, values), keepBody);
    }

    private sealed record RecordContext(
        string File, YamlTreeMapping FrontMatter, IReadOnlyDictionary<string, YamlTreeNode> Fields, FrontMatterParts Parts, NodeValues Values)
    {
        public YamlTreeNode? this[string key] => Fields.GetValueOrDefault(key);

        public DiagnosticBag Diagnostics => Values.Diagnostics;

        public string? Text(string key) => this[key] is { } node ? Values.Text(node, key) : null;
    }

    private Announcement? Build(RecordContext record, Func<string, RecordBody> keepBody)
    {
        var title = Required(record, "title", "Add a line such as: title: \"CNIPA holds press conference on 2021 IP data\"") ? record.Text("title") : null;
        var date = Required(record, "date", "Add a line such as: date: 2021-11-01") ? DateValue.Read(record["date"]!, "date", record.Diagnostics) : null;
        var speakers = Required(record, "speakers", "Add the speakers, for example:\n  speakers:\n    - name: Shen Changyu\n      role: Commissioner\n      organization: CNIPA")
            ? ReadSpeakers(record, date)
            : null;
        WarnIfFarAhead(record, date);
        var language = ReadLanguage(record);
        var slug = ReadSlug(record, date);
        var body = ReadBody(record);
        var plan = record.Text("plan_period") is { } planName ? registry.ResolvePlan(planName, record["plan_period"]!.Location, record.Diagnostics) : null;
        if (plan is not null && date is { } d)
        {
            CheckPlanCoversDate(plan, d, record);
        }

        // Every field is read before giving up, so that one run reports every problem of the record.
        var topics = ReadTopics(record);
        var source = ReadSource(record);
        var excluded = record["excluded"] is { } ex && record.Values.Boolean(ex, "excluded") == true;
        var redirects = ReadRedirects(record);
        var layout = ReadLayout(record);
        var eventName = record.Text("event");
        var summary = record.Text("summary");
        if (title is null || date is null || speakers is null || language is null || slug is null || body is null)
        {
            return null;
        }

        return new Announcement
        {
            SourcePath = record.File,
            Slug = slug,
            Date = date.Value,
            Title = title,
            Speakers = speakers,
            Event = eventName,
            Plan = plan ?? registry.PlanOn(date.Value, speakers.Select(s => s.Organization).OfType<Organization>()),
            PlanIsTagged = plan is not null,
            Topics = topics,
            Language = language,
            Source = source,
            Summary = summary,
            Excluded = excluded,
            RedirectFrom = redirects,
            Layout = layout,
            Body = keepBody(body),
            BodyLine = record.Parts.BodyLine,
        };
    }

    private static bool Required(RecordContext record, string key, string hint)
    {
        if (record[key] is not null)
        {
            return true;
        }

        record.Diagnostics.Report(Codes.MissingKey, record.FrontMatter.Location with { Line = 1, Column = 1 }, $"required key '{key}' is missing", hint);
        return false;
    }

    private static void WarnIfFarAhead(RecordContext record, DateOnly? date)
    {
        // A record may be dated a little ahead (an embargoed release), not years ahead (a typo for 2029).
        var limit = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);
        if (date is { } d && d > limit)
        {
            record.Diagnostics.Report(Codes.FutureDate, record["date"]!.Location, $"the date {d:yyyy-MM-dd} is more than a year from today");
        }
    }

    private List<SpeakerCredit>? ReadSpeakers(RecordContext record, DateOnly? date)
    {
        var node = record["speakers"]!;
        if (node is YamlTreeScalar { Value: var text } && text.Contains(','))
        {
            // "Shen Changyu, Gan Shaoning" would otherwise become one speaker with a comma in the name.
            var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            record.Diagnostics.Report(Codes.WrongType, node.Location, "'speakers' is one text with commas, not a list of speakers",
                "Write one speaker per line:\n  speakers:\n" + string.Join("\n", names.Select(n => $"    - {n}")));
            return null;
        }

        var items = node is YamlTreeSequence list ? list.Items : node is YamlTreeScalar { IsNull: false } ? [node] : null;
        if (items is null || items.Count == 0)
        {
            record.Diagnostics.Report(items is null ? Codes.WrongType : Codes.EmptyValue, node.Location,
                items is null ? $"'speakers' must be a list, not {node.KindName}" : "'speakers' lists nobody",
                "List at least one speaker: '- name: ...' with 'role' and 'organization', or a speaker id from data/speakers.yml.");
            return null;
        }

        var credits = new List<SpeakerCredit>(items.Count);
        foreach (var item in items)
        {
            if (ReadSpeaker(item, record, date) is { } credit)
            {
                credits.Add(credit);
            }
        }

        return credits.Count == items.Count ? credits : null;
    }

    private SpeakerCredit? ReadSpeaker(YamlTreeNode item, RecordContext record, DateOnly? date)
    {
        var values = record.Values;
        if (item is YamlTreeScalar)
        {
            return values.Text(item, "speakers") is { } id ? CreditFromRegistry(registry.ResolveSpeaker(id, item.Location, values.Diagnostics), date) : null;
        }

        if (values.Mapping(item, "speakers") is not { } map)
        {
            return null;
        }

        values.RejectUnknownKeys(map, RecordKeys.Speaker, "a speaker");
        if (map["name"] is not { } nameNode)
        {
            values.Diagnostics.Report(Codes.MissingKey, map.Location, "a speaker needs a 'name'", "Add '  name: Full Name' to the speaker.");
            return null;
        }

        if (values.Text(nameNode, "name") is not { } name)
        {
            return null;
        }

        var speaker = registry.ResolveSpeaker(name, nameNode.Location, values.Diagnostics);
        var fallback = CreditFromRegistry(speaker, date);
        var role = map["role"] is { } r ? values.Text(r, "role") : fallback.Role;
        var organization = map["organization"] is { } o && values.Text(o, "organization") is { } orgName
            ? registry.ResolveOrganization(orgName, o.Location, values.Diagnostics)
            : fallback.Organization;
        return new SpeakerCredit(speaker, role, organization);
    }

    private SpeakerCredit CreditFromRegistry(Speaker speaker, DateOnly? date) => RoleAtTheTime.Credit(speaker, date, registry.Organizations);

    private static void CheckPlanCoversDate(PlanPeriod plan, DateOnly date, RecordContext record)
    {
        // A plan is often announced in the year before it starts, so allow one year of lead time.
        if (plan.StartYear is { } start && plan.EndYear is { } end && (date.Year < start - 1 || date.Year > end))
        {
            record.Diagnostics.Report(Codes.PlanOutsideDate, record["plan_period"]!.Location,
                $"the record is dated {date:yyyy-MM-dd} but '{plan.Name}' runs {start}-{end}");
        }
    }

    private string? ReadLanguage(RecordContext record)
    {
        if (record.Text("language") is not { } language)
        {
            return record["language"] is null ? cascade.Settings.Language : null;
        }

        if (LanguageTag().IsMatch(language))
        {
            return language;
        }

        record.Diagnostics.Report(Codes.InvalidLanguage, record["language"]!.Location, $"'{language}' is not a BCP 47 language tag");
        return null;
    }

    private static string? ReadSlug(RecordContext record, DateOnly? date)
    {
        var match = RecordFileName().Match(record.File);
        if (!match.Success)
        {
            record.Diagnostics.Report(Codes.FileNameMismatch, new SourceLocation(record.File, 1, 1),
                $"'{record.File}' is not named announcements/YYYY/YYYY-MM-DD-slug.md");
            return null;
        }

        if (date is { } d && (match.Groups["date"].Value != d.ToString("yyyy-MM-dd") || match.Groups["year"].Value != d.ToString("yyyy")))
        {
            record.Diagnostics.Report(Codes.FileNameMismatch, record["date"]!.Location,
                $"date {d:yyyy-MM-dd} does not match the file's place '{record.File}'",
                $"Move the file to announcements/{d:yyyy}/{d:yyyy-MM-dd}-{match.Groups["slug"].Value}.md, or correct the date.");
        }

        if (record["slug"] is { } slugNode)
        {
            var slug = record.Values.Text(slugNode, "slug");
            return slug is not null && CheckSlug(slug, slugNode.Location, record.Diagnostics) ? slug : null;
        }

        var fileSlug = match.Groups["slug"].Value;
        return CheckSlug(fileSlug, new SourceLocation(record.File, 1, 1), record.Diagnostics) ? fileSlug : null;
    }

    private static bool CheckSlug(string slug, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (Slug.IsValid(slug))
        {
            return true;
        }

        var problem = Slug.FitsFileName(slug)
            ? "use lowercase letters, digits and single hyphens"
            : $"it is {System.Text.Encoding.UTF8.GetByteCount(slug)} bytes in UTF-8, more than the {Slug.MaxBytes} a file name may take";
        diagnostics.Report(Codes.UnsafePath, at, $"slug '{slug}' is not allowed: {problem}", $"For example: {Slug.From(slug)}");
        return false;
    }

    private static string? ReadBody(RecordContext record)
    {
        var body = record.Parts.Body;
        if (!string.IsNullOrWhiteSpace(body))
        {
            return body;
        }

        // A short notice (summary and source link) is a legitimate record, so this only warns.
        record.Diagnostics.Report(Codes.EmptyBody, new SourceLocation(record.File, record.Parts.BodyLine - 1, 1), "the record has no text after its front matter");
        return string.Empty;
    }

    // A topic written "wipo" or "Wipo" is shown as the registry's "WIPO" everywhere; its slug stays the written one's.
    private List<Topic> ReadTopics(RecordContext record) =>
        record["topics"] is { } node
            ? [.. record.Values.TextList(node, "topics").Select(t => registry.TopicOf(t.Value)).DistinctBy(t => t.Slug)]
            : [];

    private static SourceReference? ReadSource(RecordContext record)
    {
        if (record["source"] is not { } node || record.Values.Mapping(node, "source") is not { } map)
        {
            return null;
        }

        record.Values.RejectUnknownKeys(map, RecordKeys.Source, "'source'");
        var publisher = map["publisher"] is { } p ? record.Values.Text(p, "publisher") : null;
        var url = map["url"] is { } u ? record.Values.Text(u, "url") : null;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            record.Diagnostics.Report(Codes.InvalidUrl, map["url"]!.Location, $"source url '{url}' is not an absolute http(s) address");
            url = null;
        }

        return new SourceReference(publisher, url);
    }

    private static List<string> ReadRedirects(RecordContext record)
    {
        if (record["redirect_from"] is not { } node)
        {
            return [];
        }

        var paths = new List<string>();
        foreach (var (path, at) in record.Values.TextList(node, "redirect_from"))
        {
            if (RedirectPath.TryNormalize(path) is { } normalized)
            {
                paths.Add(normalized);
            }
            else
            {
                record.Diagnostics.Report(Codes.InvalidRedirect, at, $"redirect_from '{path}' is not a path inside the site");
            }
        }

        return paths;
    }

    private static string? ReadLayout(RecordContext record)
    {
        var layout = record.Text("layout");
        if (layout is not null && ThemeBoundary.ReservedLayouts.Contains(layout))
        {
            record.Diagnostics.Report(Codes.UnknownLayout, record["layout"]!.Location, $"layout '{layout}' is for the site's own pages, not for a record",
                "Remove 'layout', or name a record layout of the theme such as 'announcement'.");
            return null;
        }

        if (layout is null || LayoutName().IsMatch(layout))
        {
            return layout;
        }

        record.Diagnostics.Report(Codes.UnsafePath, record["layout"]!.Location, $"layout '{layout}' is not a layout name",
            "Give the name of a file in theme/layouts without '.liquid', such as 'announcement'.");
        return null;
    }

    [GeneratedRegex(@"^announcements/(?<year>\d{4})/(?<date>\d{4}-\d{2}-\d{2})-(?<slug>[^/]+)\.md$")]
    private static partial Regex RecordFileName();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|\d{3}))?(-(?:[A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex LayoutName();
}
