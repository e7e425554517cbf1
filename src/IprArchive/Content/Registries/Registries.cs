using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using IprArchive.Diagnostics;

namespace IprArchive.Content.Registries;

/// <summary>
/// The speakers, organisations and plan periods of <c>input/data/</c>. Values found in records
/// resolve to one entity whatever spelling, acronym or former name they use; a value that no
/// registry lists becomes an unregistered entity of its own (it still gets pages) and is
/// reported as a warning, naming the registered entity it probably meant.
/// </summary>
public sealed partial class Registry
{
    private readonly ConcurrentDictionary<string, Speaker> _newSpeakers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Organization> _newOrganizations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PlanPeriod> _newPlans = new(StringComparer.Ordinal);

    public EntityIndex<Speaker> Speakers { get; } = new();

    public EntityIndex<Organization> Organizations { get; } = new();

    public EntityIndex<PlanPeriod> Plans { get; } = new();

    /// <summary>Display names of topics (<c>data/topics.yml</c>).</summary>
    public EntityIndex<TopicName> Topics { get; } = new();

    /// <summary>
    /// The registered plan period a record of <paramref name="date"/> by <paramref name="organizations"/>
    /// is in without being tagged: one covering the date that applies to one of them. When
    /// several do (a new plan overlapping the last year of the old), the one that started last.
    /// </summary>
    public PlanPeriod? PlanOn(DateOnly date, IEnumerable<Organization> organizations)
    {
        var ids = organizations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return Plans.All
            .Where(p => p.Covers(date) && p.AppliesTo.Any(ids.Contains))
            .OrderByDescending(p => p.StartYear)
            .FirstOrDefault();
    }

    /// <summary>The topic as a record writes it, named as <c>data/topics.yml</c> says; the slug is the registry id or the written form's.</summary>
    public Topic TopicOf(string written) =>
        Topics.Find(written) is { } known ? new Topic(known.Name, known.Id) : new Topic(written, Slug.From(written));

    /// <summary>The speaker for an id or spelling, reporting an unregistered one.</summary>
    public Speaker ResolveSpeaker(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (Speakers.Find(value) is { } known)
        {
            return known;
        }

        Warn(Codes.UnknownSpeaker, "speaker", value, Speakers.KnownNames, at, diagnostics);
        return _newSpeakers.GetOrAdd(NameKey.Of(value), _ => new Speaker(NewId(value, id => Speakers.ById(id) is not null), value, [], [], false));
    }

    /// <summary>The organisation for a name, acronym or "Name (ACRONYM)", reporting an unregistered one.</summary>
    public Organization ResolveOrganization(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (FindOrganization(value) is { } known)
        {
            return known;
        }

        Warn(Codes.UnknownOrganization, "organisation", value, Organizations.KnownNames, at, diagnostics);
        return _newOrganizations.GetOrAdd(NameKey.Of(value), _ =>
        {
            var (name, acronym) = SplitAcronym(value);
            return new Organization(NewId(acronym ?? name, id => Organizations.ById(id) is not null), name, acronym, [], [], [], false);
        });
    }

    /// <summary>The plan period for a name or id, reporting an unregistered one.</summary>
    public PlanPeriod ResolvePlan(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (Plans.Find(value) is { } known)
        {
            return known;
        }

        Warn(Codes.UnknownPlan, "plan period", value, Plans.KnownNames, at, diagnostics);
        return _newPlans.GetOrAdd(NameKey.Of(value), _ =>
        {
            var span = YearSpan().Match(value);
            int? start = span.Success ? int.Parse(span.Groups[1].Value) : null;
            int? end = span.Success ? int.Parse(span.Groups[2].Value) : null;
            return new PlanPeriod(NewId(value, id => Plans.ById(id) is not null), value, null, start, end, [], false);
        });
    }

    /// <summary>Finds an organisation by its full text, or by the name or acronym of "Name (ACRONYM)".</summary>
    public Organization? FindOrganization(string value)
    {
        if (Organizations.Find(value) is { } direct)
        {
            return direct;
        }

        var (name, acronym) = SplitAcronym(value);
        var byName = Organizations.Find(name);
        var byAcronym = acronym is null ? null : Organizations.Find(acronym);
        return byName is not null && byAcronym is not null && !ReferenceEquals(byName, byAcronym) ? null : byName ?? byAcronym;
    }

    private static (string Name, string? Acronym) SplitAcronym(string value)
    {
        var match = TrailingAcronym().Match(value);
        return match.Success ? (match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim()) : (value, null);
    }

    private static void Warn(DiagnosticDescriptor code, string kind, string value, IReadOnlyDictionary<string, string> known, SourceLocation at, DiagnosticBag diagnostics)
    {
        var likely = LikelyMatch.Find(value, known) ?? (SplitAcronym(value) is (var name, not null) ? LikelyMatch.Find(name, known) : null);
        var message = $"{kind} '{value}' is not in the registry"
            + (likely is null ? "; it will get pages of its own" : $"; did you mean '{likely.Name}' ({likely.Reason})?");
        diagnostics.Report(code, at, message);
    }

    private static string NewId(string value, Func<string, bool> taken)
    {
        var slug = Slug.From(value);
        var id = slug;
        for (var n = 2; taken(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }

    [GeneratedRegex(@"^(.*\S)\s*\(([^()]+)\)\s*$")]
    private static partial Regex TrailingAcronym();

    [GeneratedRegex(@"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\b")]
    private static partial Regex YearSpan();
}
