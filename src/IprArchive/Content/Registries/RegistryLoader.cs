using IprArchive.Content.Yaml;
using IprArchive.Diagnostics;

namespace IprArchive.Content.Registries;

/// <summary>Loads <c>data/organizations.yml</c>, <c>data/plans.yml</c>, <c>data/speakers.yml</c> (in that order: speakers' roles name organisations) and <c>data/topics.yml</c>.</summary>
public static class RegistryLoader
{
    private static readonly string[] OrganizationKeys = ["id", "name", "short_name", "acronyms", "former_names", "aliases"];
    private static readonly string[] FormerNameKeys = ["name", "acronym", "until"];
    private static readonly string[] PlanKeys = ["id", "name", "issuer", "start", "end", "aliases", "applies_to"];
    private static readonly string[] TopicKeys = ["id", "name", "aliases"];
    private static readonly string[] SpeakerKeys = ["id", "name", "aliases", "roles"];
    private static readonly string[] RoleKeys = ["role", "organization", "from", "to"];

    /// <summary>Reads the registries under <paramref name="inputDirectory"/>/data; missing files are empty registries.</summary>
    public static Registry Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var registry = new Registry();
        var values = new NodeValues(diagnostics);
        foreach (var entry in Entries(inputDirectory, "organizations.yml", diagnostics))
        {
            AddOrganization(registry, entry, values);
        }

        foreach (var entry in Entries(inputDirectory, "plans.yml", diagnostics))
        {
            AddPlan(registry, entry, values);
        }

        foreach (var entry in Entries(inputDirectory, "speakers.yml", diagnostics))
        {
            AddSpeaker(registry, entry, values);
        }

        foreach (var entry in Entries(inputDirectory, "topics.yml", diagnostics))
        {
            AddTopic(registry, entry, values);
        }

        return registry;
    }

    private static IEnumerable<YamlTreeMapping> Entries(string inputDirectory, string name, DiagnosticBag diagnostics)
    {
        var relative = "data/" + name;
        var path = Path.Combine(inputDirectory, "data", name);
        if (!File.Exists(path))
        {
            return [];
        }

        var text = SourceText.Read(path, relative, diagnostics);
        var root = text is null ? null : YamlTreeReader.Read(text, relative, 1, diagnostics);
        switch (root)
        {
            case null:
                return [];
            case YamlTreeSequence list:
                return list.Items.Where(item => ReportIfNotMapping(item, diagnostics)).Cast<YamlTreeMapping>();
            default:
                diagnostics.Report(Codes.RegistryInvalid, root.Location, $"{relative} must be a list of entries ('- id: ...'), not {root.KindName}");
                return [];
        }
    }

    private static bool ReportIfNotMapping(YamlTreeNode item, DiagnosticBag diagnostics)
    {
        if (item is YamlTreeMapping)
        {
            return true;
        }

        diagnostics.Report(Codes.RegistryInvalid, item.Location, $"a registry entry must be a mapping with 'id' and 'name', not {item.KindName}");
        return false;
    }

    private static (string Id, string Name)? IdAndName(YamlTreeMapping entry, NodeValues values, IReadOnlyCollection<string> keys, string kind)
    {
        values.RejectUnknownKeys(entry, keys, $"a {kind} entry");
        var id = entry["id"] is { } idNode ? values.Text(idNode, "id") : null;
        var name = entry["name"] is { } nameNode ? values.Text(nameNode, "name") : null;
        if (entry["id"] is null || entry["name"] is null)
        {
            values.Diagnostics.Report(Codes.MissingKey, entry.Location, $"a {kind} entry needs both 'id' and 'name'");
        }

        if (id is not null && !Slug.IsValid(id))
        {
            values.Diagnostics.Report(Codes.UnsafePath, entry["id"]!.Location, $"id '{id}' is not a slug");
            return null;
        }

        return id is null || name is null ? null : (id, name);
    }

    private static IReadOnlyList<string> Texts(YamlTreeMapping entry, string key, NodeValues values) =>
        entry[key] is { } node ? [.. values.TextList(node, key).Select(t => t.Value)] : [];

    private static void AddOrganization(Registry registry, YamlTreeMapping entry, NodeValues values)
    {
        if (IdAndName(entry, values, OrganizationKeys, "organisation") is not var (id, name))
        {
            return;
        }

        var shortName = entry["short_name"] is { } s ? values.Text(s, "short_name") : null;
        var former = entry["former_names"] is YamlTreeSequence list
            ? list.Items.Select(item => ReadFormerName(item, values)).OfType<FormerName>().ToList()
            : [];
        var organization = new Organization(id, name, shortName, Texts(entry, "acronyms", values), former, Texts(entry, "aliases", values), true);
        var display = shortName is null ? name : $"{name} ({shortName})";
        registry.Organizations.Add(organization, id, display, organization.AllNames, entry.Location, values.Diagnostics);
    }

    private static FormerName? ReadFormerName(YamlTreeNode node, NodeValues values)
    {
        if (values.Mapping(node, "former_names") is not { } map)
        {
            return null;
        }

        values.RejectUnknownKeys(map, FormerNameKeys, "a former name");
        var name = map["name"] is { } n ? values.Text(n, "name") : null;
        var acronym = map["acronym"] is { } a ? values.Text(a, "acronym") : null;
        var until = map["until"] is { } u ? DateValue.Read(u, "until", values.Diagnostics) : null;
        return name is null ? null : new FormerName(name, acronym, until);
    }

    private static void AddPlan(Registry registry, YamlTreeMapping entry, NodeValues values)
    {
        if (IdAndName(entry, values, PlanKeys, "plan") is not var (id, name))
        {
            return;
        }

        var issuer = entry["issuer"] is { } i ? values.Text(i, "issuer") : null;
        int? start = entry["start"] is { } s ? values.PositiveInteger(s, "start") : null;
        int? end = entry["end"] is { } e ? values.PositiveInteger(e, "end") : null;
        if (start > end)
        {
            values.Diagnostics.Report(Codes.RegistryInvalid, entry["end"]!.Location, $"plan '{id}' ends ({end}) before it starts ({start})");
        }

        var aliases = Texts(entry, "aliases", values);
        var appliesTo = entry["applies_to"] is null ? (issuer is null ? [] : [issuer]) : Texts(entry, "applies_to", values);
        var plan = new PlanPeriod(id, name, issuer, start, end, aliases, true) { AppliesTo = appliesTo };
        registry.Plans.Add(plan, id, name, aliases.Prepend(name), entry.Location, values.Diagnostics);
    }

    private static void AddTopic(Registry registry, YamlTreeMapping entry, NodeValues values)
    {
        if (IdAndName(entry, values, TopicKeys, "topic") is not var (id, name))
        {
            return;
        }

        var aliases = Texts(entry, "aliases", values);
        registry.Topics.Add(new TopicName(id, name, aliases), id, name, aliases.Prepend(name), entry.Location, values.Diagnostics);
    }

    private static void AddSpeaker(Registry registry, YamlTreeMapping entry, NodeValues values)
    {
        if (IdAndName(entry, values, SpeakerKeys, "speaker") is not var (id, name))
        {
            return;
        }

        var roles = entry["roles"] is YamlTreeSequence list
            ? list.Items.Select(item => ReadRole(item, registry, values)).OfType<SpeakerRole>().ToList()
            : [];
        var aliases = Texts(entry, "aliases", values);
        registry.Speakers.Add(new Speaker(id, name, aliases, roles, true), id, name, aliases.Prepend(name), entry.Location, values.Diagnostics);
    }

    private static SpeakerRole? ReadRole(YamlTreeNode node, Registry registry, NodeValues values)
    {
        if (values.Mapping(node, "roles") is not { } map)
        {
            return null;
        }

        values.RejectUnknownKeys(map, RoleKeys, "a role");
        var role = map["role"] is { } r ? values.Text(r, "role") : null;
        string? organizationId = null;
        if (map["organization"] is { } o && values.Text(o, "organization") is { } organization)
        {
            organizationId = registry.FindOrganization(organization)?.Id;
            if (organizationId is null)
            {
                values.Diagnostics.Report(Codes.RegistryInvalid, o.Location, $"organisation '{organization}' is not in data/organizations.yml");
            }
        }

        var from = map["from"] is { } f ? DateValue.Read(f, "from", values.Diagnostics) : null;
        var to = map["to"] is { } t ? DateValue.Read(t, "to", values.Diagnostics) : null;
        return role is null ? null : new SpeakerRole(role, organizationId, from, to);
    }
}
