using System.Text;
using IprArchive.Content;
using IprArchive.Content.Registries;

namespace IprArchive.Cli.Commands;

/// <summary>What an editor asked <c>iprarchive new</c> for.</summary>
public sealed record RecordRequest(string? Title, IReadOnlyList<string> Speakers, string? Date, string? Plan, IReadOnlyList<string> Topics);

/// <summary>Writes the text of a new record, every value resolved through the registry.</summary>
public sealed class RecordScaffold(Registry registry)
{
    private const int MaxSlugLength = 60;

    /// <summary>Why the request cannot be written (unknown speakers or plan), with close matches and how to add one.</summary>
    public IReadOnlyList<string> Problems(RecordRequest request)
    {
        var problems = new List<string>();
        foreach (var speaker in request.Speakers.Where(s => registry.Speakers.Find(s) is null))
        {
            problems.Add($"speaker '{speaker}' is not in data/speakers.yml.{Suggestions(speaker, registry.Speakers.KnownNames)}\n"
                + "  To add a speaker, append to input/data/speakers.yml:\n"
                + $"    - id: {Slug.From(speaker)}\n      name: {speaker}\n      roles:\n        - role: ...\n          organization: ...");
        }

        if (request.Plan is { } plan && registry.Plans.Find(plan) is null)
        {
            problems.Add($"plan '{plan}' is not in data/plans.yml.{Suggestions(plan, registry.Plans.KnownNames)}");
        }

        return problems;
    }

    /// <summary>The slug of the file name for <paramref name="title"/>, cut at a word boundary.</summary>
    public static string SlugFor(string title)
    {
        var slug = Slug.From(title);
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return slug[..(cut > 20 ? cut : MaxSlugLength)].TrimEnd('-');
    }

    /// <summary>The record's text: front matter with speaker ids, then a body to replace.</summary>
    public string Write(RecordRequest request, DateOnly date)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(Quote(request.Title!)).Append('\n');
        text.Append("date: ").Append(date.ToString("yyyy-MM-dd")).Append('\n');
        text.Append("speakers:\n");
        foreach (var speaker in request.Speakers.Select(s => registry.Speakers.Find(s)!).DistinctBy(s => s.Id))
        {
            WriteSpeaker(text, speaker, date);
        }

        if (request.Plan is { } plan)
        {
            text.Append("plan_period: ").Append(Quote(registry.Plans.Find(plan)!.Name)).Append('\n');
        }

        if (request.Topics.Count > 0)
        {
            text.Append("topics: [").Append(string.Join(", ", request.Topics.Select(Quote))).Append("]\n");
        }

        text.Append("---\n\n");
        text.Append("Write the text of the announcement here, quoting speakers word for word.\n");
        return text.ToString();
    }

    // By id when the registry knows the speaker's role on that date; otherwise in full with the
    // latest known role, so that the record still says who the speaker was.
    private void WriteSpeaker(StringBuilder text, Speaker speaker, DateOnly date)
    {
        if (speaker.RoleOn(date) is not null)
        {
            text.Append("  - ").Append(speaker.Id).Append('\n');
            return;
        }

        text.Append("  - name: ").Append(Quote(speaker.Name)).Append('\n');
        if (speaker.Roles.Count > 0 && speaker.Roles[^1] is var role)
        {
            text.Append("    role: ").Append(Quote(role.Role)).Append('\n');
            if (role.OrganizationId is { } org && registry.Organizations.ById(org) is { } organization)
            {
                text.Append("    organization: ").Append(Quote(organization.DisplayName)).Append('\n');
            }
        }
    }

    private static string Suggestions(string value, IReadOnlyDictionary<string, string> known)
    {
        var key = NameKey.Of(value);
        var close = known
            .Select(k => (Name: k.Value, Distance: Spelling.Distance(key, k.Key)))
            .Where(c => c.Distance <= Math.Max(3, key.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .Distinct()
            .Take(5)
            .ToList();
        if (LikelyMatch.Find(value, known) is { } likely && !close.Contains(likely.Name))
        {
            close.Insert(0, likely.Name);
        }

        return close.Count == 0 ? "" : " Close matches: " + string.Join(", ", close) + ".";
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
