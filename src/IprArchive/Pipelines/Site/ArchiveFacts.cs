using IprArchive.Content;
using IprArchive.Content.Registries;
using IprArchive.Facets;
using IprArchive.Pipelines.Views;

namespace IprArchive.Pipelines.Site;

/// <summary>What an archive page says of its subject: other names, roles, spans, issuers.</summary>
internal static class ArchiveFacts
{
    public static IReadOnlyList<string> Of(Archive archive, Registry registry) => archive.Entity switch
    {
        Organization o when o.ShortName is not null && o.ShortName != o.Name => [o.Name],
        PlanPeriod p => PlanFacts(p, registry),
        _ => [],
    };

    /// <summary>An organisation's former names, with the date each ended, shown under its name.</summary>
    public static IReadOnlyList<NameView> FormerNames(Archive archive) => archive.Entity is Organization o
        ? [.. o.FormerNames.Select(f => new NameView(
            f.Acronym is null ? f.Name : $"{f.Name} ({f.Acronym})",
            f.Until is { } until ? $"until {AnnouncementViews.DisplayDate(until)}" : null,
            NameScript.LanguageOf(f.Name)))]
        : [];

    /// <summary>Other spellings (acronyms, aliases, names in other scripts), each with the language of its script.</summary>
    public static IReadOnlyList<NameView> Aliases(Archive archive) => (archive.Entity switch
    {
        // "China National Intellectual Property Administration (CNIPA)" only repeats the name and short name.
        Organization o => o.Acronyms.Concat(o.Aliases).Where(n => n != o.ShortName && n != o.Name && n != $"{o.Name} ({o.ShortName})"),
        Speaker s => s.Aliases,
        PlanPeriod p => p.Aliases.Where(n => n != p.Name),
        _ => [],
    }).Distinct().Select(n => new NameView(n, null, NameScript.LanguageOf(n))).ToList();

    /// <summary>The speaker's roles from the registry, the current (or latest) first; an organisation links to its page when it has one.</summary>
    public static IReadOnlyList<RoleView> Roles(Archive archive, Registry registry, SiteIndex index) => archive.Entity is Speaker s
        ? [.. s.Roles
            .OrderByDescending(r => r.To ?? DateOnly.MaxValue)
            .ThenByDescending(r => r.From ?? DateOnly.MinValue)
            .Select(r => new RoleView(
                r.Role,
                r.OrganizationId is { } id && registry.Organizations.ById(id) is { } o
                    ? new LinkView(RoleAtTheTime.OrganizationName(o, r.To ?? DateOnly.MaxValue) ?? o.DisplayName, index.Find(FacetCatalogue.Organization, o.Slug) is null ? "" : AnnouncementViews.OrganizationUrl(o))
                    : null,
                Span(r.From, r.To),
                r.To is null))]
        : [];

    /// <summary>The organisations a speaker spoke for in the archive's records, most recent first.</summary>
    public static IReadOnlyList<LinkView> Organizations(Archive archive) => archive.Entity is Speaker s
        ? [.. archive.Items
            .SelectMany(a => a.Speakers.Where(c => c.Speaker.Id == s.Id).Select(c => c.Organization))
            .OfType<Organization>()
            .DistinctBy(o => o.Id)
            .Select(o => new LinkView(o.DisplayName, AnnouncementViews.OrganizationUrl(o)))]
        : [];

    /// <summary>A short note for lists: "formerly SIPO", "2021–2025".</summary>
    public static string? Note(Archive archive) => archive.Entity switch
    {
        Organization o when o.FormerNames.Count > 0 => "formerly " + string.Join(", ", o.FormerNames.Select(f => f.Acronym ?? f.Name)),
        PlanPeriod { StartYear: { } s, EndYear: { } e } => $"{s}–{e}",
        _ => null,
    };

    private static string Span(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) => $"{AnnouncementViews.DisplayDate(f)} – {AnnouncementViews.DisplayDate(t)}",
        ({ } f, null) => $"since {AnnouncementViews.DisplayDate(f)}",
        (null, { } t) => $"until {AnnouncementViews.DisplayDate(t)}",
        _ => "",
    };

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

        var appliesTo = p.AppliesTo.Select(id => registry.Organizations.ById(id)?.DisplayName ?? id).ToList();
        if (appliesTo.Count > 0 && p.StartYear is not null && p.EndYear is not null)
        {
            facts.Add($"Records of {string.Join(", ", appliesTo)} dated inside these years are in the period; those an editor tagged with it are marked \u201Ctagged\u201D, the others \u201Cby date\u201D.");
        }
        else
        {
            facts.Add("Only records an editor tagged with this plan are in it.");
        }

        return facts;
    }
}
