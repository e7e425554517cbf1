using IprArchive.Content;
using IprArchive.Content.Registries;
using IprArchive.Diagnostics;

namespace IprArchive.Bench.Corpus;

/// <summary>A synthetic speaker: one organisation, one role, a career window of years.</summary>
internal sealed record SyntheticSpeaker(string Name, string Surname, Organization Organization, string Role, int FromYear, int ToYear);

/// <summary>
/// The organisations and plan periods of the bundled registries (so that every generated record
/// resolves against them, as the build checks), and synthetic speakers in those organisations.
/// Speakers are not registered: the build warns about them (IPR030) and still gives each a page.
/// </summary>
internal sealed class Cast
{
    /// <summary>Speaker names by the naming custom of the organisation's country.</summary>
    private static readonly Dictionary<string, (string[] Family, string[] Given, bool FamilyFirst)> Names = new(StringComparer.Ordinal)
    {
        ["zh"] = (["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Song", "Tang", "Han", "Feng"],
            ["Wei", "Fang", "Jun", "Lei", "Min", "Jing", "Hong", "Tao", "Yan", "Qiang", "Hui", "Ping", "Xiaoming", "Jianguo", "Lihua", "Yufei", "Zhiwei", "Haiyan"], true),
        ["ja"] = (["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki"],
            ["Hiroshi", "Takeshi", "Yuko", "Kenji", "Akiko", "Satoshi", "Naoko", "Koichi", "Mariko", "Daisuke"], true),
        ["ko"] = (["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"],
            ["Min-jun", "Seo-yeon", "Ji-hoon", "Hye-jin", "Sung-ho", "Eun-ji", "Dong-hyun", "Yong-rae"], true),
        ["west"] = (["Martin", "Fischer", "Rossi", "Dubois", "Schmidt", "Smith", "Brown", "Novak", "Garcia", "Jensen", "Moreau", "Keller", "Silva", "Costa", "Walsh", "Murphy", "Bauer", "Laurent", "Ferreira", "Andersen", "Hughes", "Clarke", "Romano", "Weber"],
            ["Anna", "Peter", "Maria", "John", "Claire", "David", "Sophie", "Thomas", "Elena", "Marco", "Laura", "James", "Ingrid", "Paulo", "Helen", "Michael", "Katrin", "Luis", "Sarah", "Andrew"], false),
    };

    private static readonly string[] Roles =
    [
        "Commissioner", "Deputy Commissioner", "Director General", "Deputy Director General", "Director of Patent Examination",
        "Director of Trademarks", "Chief Economist", "Spokesperson", "Head of International Cooperation", "Director of Legal Affairs",
    ];

    private Cast(IReadOnlyList<Organization> organizations, IReadOnlyList<PlanPeriod> plans, IReadOnlyList<SyntheticSpeaker> speakers)
    {
        Organizations = organizations;
        Plans = plans;
        Speakers = speakers;
        Popularity = WeightedPick.Zipf(speakers.Count, 0.9);
    }

    public IReadOnlyList<Organization> Organizations { get; }

    public IReadOnlyList<PlanPeriod> Plans { get; }

    /// <summary>Speakers in order of popularity: the first speaks most.</summary>
    public IReadOnlyList<SyntheticSpeaker> Speakers { get; }

    /// <summary>Zipf over <see cref="Speakers"/>.</summary>
    public WeightedPick Popularity { get; }

    /// <summary>Loads the registries of <paramref name="inputDirectory"/> and invents <paramref name="count"/> speakers.</summary>
    public static Cast Create(string inputDirectory, int count, Random random)
    {
        var diagnostics = new DiagnosticBag();
        var registry = RegistryLoader.Load(inputDirectory, diagnostics);
        var organizations = registry.Organizations.All.Where(o => o.IsRegistered).ToList();
        if (organizations.Count == 0)
        {
            throw new BenchException($"{Path.Combine(inputDirectory, "data", "organizations.yml")} lists no organisation to give the speakers");
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var speakers = new List<SyntheticSpeaker>(count);
        while (speakers.Count < count)
        {
            var organization = organizations[random.Next(organizations.Count)];
            var (family, given, familyFirst) = Names[CustomOf(organization.Id)];
            var surname = family[random.Next(family.Length)];
            var first = given[random.Next(given.Length)];
            var name = familyFirst ? $"{surname} {first}" : $"{first} {surname}";
            if (registry.Speakers.Find(name) is not null || !taken.Add(name))
            {
                // Name pools are small: tell namesakes apart by a middle initial, as newsrooms do.
                name = familyFirst ? $"{surname} {first}-{(char)('A' + speakers.Count % 26)}" : $"{first} {(char)('A' + speakers.Count % 26)}. {surname}";
                if (registry.Speakers.Find(name) is not null || !taken.Add(name))
                {
                    continue;
                }
            }

            var from = 1995 + random.Next(30);
            speakers.Add(new SyntheticSpeaker(name, surname, organization, Roles[random.Next(Roles.Length)], from, Math.Min(2026, from + 2 + random.Next(13))));
        }

        return new Cast(organizations, registry.Plans.All.Where(p => p.IsRegistered).ToList(), speakers);
    }

    /// <summary>A plan period of the speaker's organisation (China's Five-Year Plans for CNIPA and SCIO) in force on <paramref name="date"/>, if any.</summary>
    public PlanPeriod? PlanFor(Organization organization, DateOnly date)
    {
        var chinese = organization.Id is "cnipa" or "scio";
        return Plans.FirstOrDefault(p => p.StartYear <= date.Year && date.Year <= p.EndYear
            && (chinese ? p.Id.EndsWith("five-year-plan", StringComparison.Ordinal) : p.IssuerId == organization.Id));
    }

    /// <summary>
    /// Registry entries for the synthetic speakers, to append to <c>data/speakers.yml</c>: an archive
    /// registers the people it quotes, and the build then resolves every speaker without a warning.
    /// </summary>
    public string SpeakersYaml()
    {
        var yaml = new System.Text.StringBuilder("\n# Synthetic speakers of the generated corpus (src/IprArchive.Bench).\n");
        foreach (var s in Speakers)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"- id: {Slug.From(s.Name)}\n  name: \"{s.Name}\"\n  roles:\n    - role: {s.Role}\n      organization: {s.Organization.Id}\n");
        }

        return yaml.ToString();
    }

    private static string CustomOf(string organizationId) => organizationId switch
    {
        "cnipa" or "scio" => "zh",
        "jpo" => "ja",
        "kipo" => "ko",
        _ => "west",
    };
}
