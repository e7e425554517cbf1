using System.Globalization;
using IprArchive.Content;

namespace IprArchive.Facets;

/// <summary>
/// The facets of an archive, in the order search results show them. <see cref="Default"/> is the
/// archive's; a build may be given another (a test adds a country facet this way), and the search
/// index keeps the declarations it was built with, so that the command line and the browser read
/// them from the index and its manifest rather than from code of their own.
/// </summary>
public sealed class FacetCatalogue
{
    /// <summary>Statements by a speaker: <c>/speakers/slug/</c>.</summary>
    public static readonly Facet Speaker = new()
    {
        Key = "speaker",
        Field = "speaker",
        FieldAliases = ["speakers"],
        Label = "Speaker",
        PluralLabel = "Speakers",
        ValuesOf = a => a.Speakers.Select(s => SpeakerValue(s.Speaker)),
        QuotationsInherit = false,
        Pages = new FacetPages("/speakers/", "By speaker", 1),
    };

    /// <summary>Statements of an organisation, under today's name: <c>/organizations/slug/</c>.</summary>
    public static readonly Facet Organization = new()
    {
        Key = "organization",
        Field = "org",
        FieldAliases = ["organization", "organisation"],
        Label = "Organisation",
        PluralLabel = "Organisations",
        ValuesOf = a => a.Organizations.Select(o => new FacetValue(o.Slug, o.DisplayName, o)
        {
            OtherNames = Others(o.DisplayName, o.AllNames),
            FormerNames = o.FormerNames.SelectMany(f => f.Acronym is null ? new[] { f.Name } : [f.Name, f.Acronym]).ToHashSet(StringComparer.Ordinal),
        }),
        Pages = new FacetPages("/organizations/", "By organisation", 2),
    };

    /// <summary>Records by year: <c>/announcements/YYYY/</c>, newest year first.</summary>
    public static readonly Facet Year = new()
    {
        Key = "year",
        Field = "year",
        Label = "Year",
        PluralLabel = "Years",
        ValuesOf = a => [new FacetValue(YearOf(a.Date), YearOf(a.Date))],
        Source = FacetSource.Year,
        Indexing = FacetIndexing.Keyword,
        Pages = new FacetPages("/announcements/", "By year", 0) { Order = ValueOrder.NewestFirst },
    };

    /// <summary>Records of a plan period, tagged or by date: <c>/plans/slug/</c>.</summary>
    public static readonly Facet Plan = new()
    {
        Key = "plan",
        Field = "plan",
        FieldAliases = ["plan_period"],
        Label = "Plan period",
        PluralLabel = "Plan periods",
        ValuesOf = a => a.Plan is { } p ? [new FacetValue(p.Slug, p.Name, p) { OtherNames = Others(p.Name, p.Aliases) }] : [],
        Pages = new FacetPages("/plans/", "By plan period", 3),
    };

    /// <summary>Records on a topic: <c>/topics/slug/</c>.</summary>
    public static readonly Facet Topic = new()
    {
        Key = "topic",
        Field = "topic",
        FieldAliases = ["topics"],
        Label = "Topic",
        PluralLabel = "Topics",
        ValuesOf = a => a.Topics.Select(t => new FacetValue(t.Slug, t.Name, t)),
        Pages = new FacetPages("/topics/", "By topic", 4),
    };

    /// <summary>The record's language tag; no pages.</summary>
    public static readonly Facet Language = new()
    {
        Key = "language",
        Field = "lang",
        FieldAliases = ["language"],
        Label = "Language",
        PluralLabel = "Languages",
        ValuesOf = a => [new FacetValue(a.Language, a.Language)],
        Indexing = FacetIndexing.Keyword,
    };

    /// <summary>A record or a quotation (<c>type:quote</c>): the scope of a search, not counted.</summary>
    public static readonly Facet Type = new()
    {
        Key = "type",
        Field = "type",
        Label = "Type",
        PluralLabel = "Types",
        Source = FacetSource.DocumentType,
        Indexing = FacetIndexing.Keyword,
        Counted = false,
    };

    /// <summary>The archive's facets.</summary>
    public static FacetCatalogue Default { get; } = new([Speaker, Organization, Year, Plan, Topic, Language, Type]);

    /// <summary>A catalogue of <paramref name="facets"/>, in the order results show them; keys and fields must be unique.</summary>
    public FacetCatalogue(IReadOnlyList<Facet> facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        if (facets.GroupBy(f => f.Key).FirstOrDefault(g => g.Count() > 1) is { } key) throw new ArgumentException($"Two facets are called '{key.Key}'.", nameof(facets));
        if (facets.GroupBy(f => f.Field).FirstOrDefault(g => g.Count() > 1) is { } field) throw new ArgumentException($"Two facets use the index field '{field.Key}'.", nameof(facets));
        All = facets;
        WithPages = [.. facets.Where(f => f.Pages is not null).OrderBy(f => f.Pages!.Position)];
    }

    /// <summary>Every facet, in the order search results show them.</summary>
    public IReadOnlyList<Facet> All { get; }

    /// <summary>The facets with archive pages, in menu order.</summary>
    public IReadOnlyList<Facet> WithPages { get; }

    /// <summary>This catalogue with <paramref name="facet"/> added after the others.</summary>
    public FacetCatalogue With(Facet facet) => new([.. All, facet]);

    /// <summary>A speaker as a value of <see cref="Speaker"/> (a quotation's speaker too).</summary>
    public static FacetValue SpeakerValue(Content.Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return new(speaker.Slug, speaker.Name, speaker) { OtherNames = Others(speaker.Name, speaker.Aliases) };
    }

    /// <summary>Four digits: <c>2021</c>.</summary>
    public static string YearOf(DateOnly date) => date.Year.ToString("D4", CultureInfo.InvariantCulture);

    // The display name is indexed once; repeating it as another name would inflate its term frequency.
    private static string[] Others(string name, IEnumerable<string> names) =>
        [.. names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
