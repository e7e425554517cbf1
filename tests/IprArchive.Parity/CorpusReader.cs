using System.Globalization;
using System.Text.RegularExpressions;
using IprArchive.Search;
using YamlDotNet.Serialization;

namespace IprArchive.Parity;

/// <summary>
/// Reads a corpus (Markdown records with YAML front matter, as the bench's corpus generator writes them) into
/// <see cref="SearchDocument"/>s. Deliberately minimal: the site's own content model is richer; here we
/// only need the same text on both sides of the parity tests.
/// </summary>
public static partial class CorpusReader
{
    // The registry would say this; the bench corpus has no registry, so the one former name the issue names is built in.
    private static readonly Dictionary<string, string[]> ExtraOrgAliases = new(StringComparer.Ordinal)
    {
        ["CNIPA"] = ["SIPO", "State Intellectual Property Office"],
    };

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>
    /// Reads every .md file under each directory (sorted by path, so the order is stable): each
    /// record followed by its quotations' documents, as the site indexes them.
    /// </summary>
    public static List<SearchDocument> ReadAll(IEnumerable<string> directories)
    {
        var files = directories
            .SelectMany(d => Directory.EnumerateFiles(d, "*.md", SearchOption.AllDirectories))
            .Where(f => !Path.GetFileName(f).StartsWith('_') && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        return files.Select(Read).OfType<IReadOnlyList<SearchDocument>>().SelectMany(d => d).ToList();
    }

    /// <summary>Reads one record and its quotations' documents, or null when the file has no front matter.</summary>
    public static IReadOnlyList<SearchDocument>? Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return null;
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        if (end < 0) return null;
        var meta = Yaml.Deserialize<Dictionary<string, object?>>(text[4..end]) ?? [];
        var date = DateOnly.Parse(Str(meta, "date"), CultureInfo.InvariantCulture);
        var speakers = List(meta, "speakers").OfType<Dictionary<object, object>>().ToList();
        var orgs = speakers.Select(s => s.TryGetValue("organization", out var o) ? o?.ToString() : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).Select(Organization).ToList();
        var plan = Str(meta, "plan_period");
        var (paragraphs, blocks) = MarkdownPassages(text[(end + 5)..]);
        var record = new SearchDocument
        {
            Url = $"/announcements/{date.Year}/{Path.GetFileNameWithoutExtension(path)}/",
            Title = Str(meta, "title"),
            Date = date,
            Language = Str(meta, "language") is { Length: > 0 } lang ? lang : "en",
            Summary = Str(meta, "summary"),
            Event = Str(meta, "event") is { Length: > 0 } ev ? ev : null,
            Topics = List(meta, "topics").Select(t => t?.ToString() ?? "").Where(t => t.Length > 0).ToList(),
            Plan = plan.Length > 0 ? new SearchEntity(Slug(plan), plan) : null,
            Speakers = speakers.Select(s => s.TryGetValue("name", out var n) ? n?.ToString() : null)
                .OfType<string>().Select(n => new SearchEntity(Slug(n), n)).ToList(),
            Organizations = orgs,
            Paragraphs = paragraphs,
        };
        var only = speakers.Count == 1 ? speakers[0] : null;
        return QuotationSubDocuments.Expand(record, CorpusQuotations.Find(paragraphs, blocks, only is null ? null : record.Speakers[0], only is null ? null : Credit(only)));
    }

    /// <summary>"Deputy head, CNIPA": the role and the organisation's acronym (or name).</summary>
    private static string? Credit(Dictionary<object, object> speaker)
    {
        var role = speaker.TryGetValue("role", out var r) ? r?.ToString() : null;
        var org = speaker.TryGetValue("organization", out var o) ? o?.ToString() : null;
        var acronym = org is null ? null : AcronymPattern().Match(org) is { Success: true } m ? m.Groups[1].Value : org;
        var parts = new[] { role, acronym }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>"World Intellectual Property Organization (WIPO)" → id "wipo", alias "WIPO".</summary>
    private static SearchEntity Organization(string name)
    {
        var match = AcronymPattern().Match(name);
        if (!match.Success) return new SearchEntity(Slug(name), name);
        var acronym = match.Groups[1].Value;
        var aliases = new List<string> { acronym };
        if (!ExtraOrgAliases.TryGetValue(acronym, out var extra)) return new SearchEntity(Slug(acronym), name, aliases);
        aliases.AddRange(extra);
        return new SearchEntity(Slug(acronym), name, aliases) { FormerNames = extra.ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>Plain-text paragraphs: blocks split on blank lines, list items one each, inline marks removed.</summary>
    public static List<string> MarkdownParagraphs(string markdown) => MarkdownPassages(markdown).Paragraphs;

    /// <summary>
    /// The paragraphs, and the block quotations (blocks whose lines start with '>') apart, each
    /// with the number of paragraphs before it, as the site's renderer counts them.
    /// </summary>
    public static (List<string> Paragraphs, List<(string Text, int Before)> Blocks) MarkdownPassages(string markdown)
    {
        var paragraphs = new List<string>();
        var blocks = new List<(string Text, int Before)>();
        foreach (var block in markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length > 0 && lines.All(l => l.StartsWith('>')))
            {
                var quoted = Inline(string.Join(' ', lines.Select(l => l.TrimStart('>').Trim())));
                if (quoted.Length > 0) blocks.Add((quoted, paragraphs.Count));
                continue;
            }

            var isList = lines.Length > 0 && lines.All(l => ListMarker().IsMatch(l));
            var pieces = isList ? lines.Select(l => ListMarker().Replace(l, "")) : [string.Join(' ', lines)];
            paragraphs.AddRange(pieces.Select(Inline).Where(p => p.Length > 0));
        }
        return (paragraphs, blocks);
    }

    private static string Inline(string text)
    {
        text = HeadingMarker().Replace(text, "");
        text = LinkPattern().Replace(text, "$1");
        return text.Replace("**", "", StringComparison.Ordinal).Trim();
    }

    private static string Str(Dictionary<string, object?> meta, string key) =>
        meta.TryGetValue(key, out var v) ? v?.ToString() ?? "" : "";

    private static List<object?> List(Dictionary<string, object?> meta, string key) =>
        meta.TryGetValue(key, out var v) && v is List<object?> list ? list : [];

    private static string Slug(string text) =>
        SlugPattern().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"\(([A-Z][A-Za-z]+)\)\s*$")]
    private static partial Regex AcronymPattern();

    [GeneratedRegex(@"^(?:[-*+]|\d+\.)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:#{1,6}|>)\s*")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex SlugPattern();
}
