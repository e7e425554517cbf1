using IprArchive.Search;

namespace IprArchive.Search.Tests;

/// <summary>A handful of records written for the tests: each one exists to prove one behaviour.</summary>
internal static class SampleDocuments
{
    private static readonly SearchEntity Cnipa = new("cnipa", "China National Intellectual Property Administration (CNIPA)", ["CNIPA", "SIPO"]);
    private static readonly SearchEntity Wipo = new("wipo", "World Intellectual Property Organization (WIPO)", ["WIPO"]);
    private static readonly SearchEntity Euipo = new("euipo", "European Union Intellectual Property Office (EUIPO)", ["EUIPO"]);

    public static readonly IReadOnlyList<SearchDocument> All =
    [
        new()
        {
            Url = "/announcements/2021/shen-plan/", Title = "Shen Changyu presents the IP protection plan",
            Date = new DateOnly(2021, 11, 1), Summary = "The 14th Five-Year Plan for IP protection.",
            Paragraphs = ["Shen Changyu introduced the plan at a briefing.", "Patent examination will get faster under the plan."],
            Speakers = [new("shen-changyu", "Shen Changyu")], Organizations = [Cnipa],
            Topics = ["ip protection", "five-year plan"], Plan = new("14th", "14th Five-Year Plan (2021-2025)"),
            Event = "SCIO press conference",
        },
        new()
        {
            Url = "/announcements/2016/campinos-quality/", Title = "António Campinos on quality",
            Date = new DateOnly(2016, 9, 18), Summary = "Quality of trade marks in austere times.",
            Paragraphs = ["Campinos said quality matters.", "<script>alert('x')</script> Trade mark quality is measured yearly."],
            Speakers = [new("antonio-campinos", "António Campinos")], Organizations = [Euipo],
            Topics = ["quality"], Event = "AIPPI congress",
        },
        new()
        {
            Url = "/announcements/2019/gurry-filings/", Title = "Francis Gurry on Asian filings",
            Date = new DateOnly(2019, 10, 23), Summary = "Patent filings from Asia keep growing.",
            Paragraphs = ["Gurry noted that patent filings from China grew.", "The patent system serves innovators; patent offices cooperate."],
            Speakers = [new("francis-gurry", "Francis Gurry")], Organizations = [Wipo], Topics = ["pct", "patent filings"],
        },
        new()
        {
            Url = "/announcements/2020/shen-review/", Title = "Shen Changyu reviews the national strategy",
            Date = new DateOnly(2020, 4, 23), Summary = "A review of the strategy's results.",
            Paragraphs = ["The national strategy reached its goals.", "知识产权 保护 was strengthened."],
            Speakers = [new("shen-changyu", "Shen Changyu"), new("francis-gurry", "Francis Gurry")], Organizations = [Cnipa, Wipo],
            Topics = ["strategy"], Language = "en",
        },
    ];
}
