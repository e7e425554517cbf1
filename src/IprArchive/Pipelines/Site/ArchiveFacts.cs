using IprArchive.Content;
using IprArchive.Content.Registries;

namespace IprArchive.Pipelines.Site;

/// <summary>The lines shown under an archive's heading: other names, spans, issuers.</summary>
internal static class ArchiveFacts
{
    public static IReadOnlyList<string> Of(Archive archive, Registry registry) => archive.Entity switch
    {
        Organization o => OrganizationFacts(o),
        Speaker s => s.Aliases.Count > 0 ? [$"Also written: {string.Join(", ", s.Aliases)}"] : [],
        PlanPeriod p => PlanFacts(p, registry),
        _ => [],
    };

    /// <summary>A short note for lists: "formerly SIPO", "2021–2025".</summary>
    public static string? Note(Archive archive) => archive.Entity switch
    {
        Organization o when o.FormerNames.Count > 0 => "formerly " + string.Join(", ", o.FormerNames.Select(f => f.Acronym ?? f.Name)),
        PlanPeriod { StartYear: { } s, EndYear: { } e } => $"{s}–{e}",
        _ => null,
    };

    private static List<string> OrganizationFacts(Organization o)
    {
        var facts = new List<string>();
        if (o.ShortName is not null && o.ShortName != o.Name)
        {
            facts.Add(o.Name);
        }

        if (o.FormerNames.Count > 0)
        {
            facts.Add("Formerly " + string.Join("; ", o.FormerNames.Select(f =>
                (f.Acronym is null ? f.Name : $"{f.Name} ({f.Acronym})") + (f.Until is { } until ? $", until {until.Year}" : ""))));
        }

        var others = o.Acronyms.Concat(o.Aliases).Where(n => n != o.ShortName && n != o.Name).Distinct().ToList();
        if (others.Count > 0)
        {
            facts.Add("Also known as " + string.Join(", ", others));
        }

        return facts;
    }

    private static List<string> PlanFacts(PlanPeriod p, Registry registry)
    {
        var facts = new List<string>();
        if (p.StartYear is { } s && p.EndYear is { } e)
        {
            facts.Add($"Covers {s}–{e}");
        }

        if (p.IssuerId is { } issuer)
        {
            facts.Add("Issued by " + (registry.Organizations.ById(issuer)?.Name ?? issuer));
        }

        return facts;
    }
}
