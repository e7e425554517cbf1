using System.Text.RegularExpressions;
using IprArchive.Content;
using IprArchive.Statements;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Statements;

/// <summary>
/// Every quotation of the bundled records, with the speaker a careful reader gives it (judged by
/// hand from the sentence and the source). Precision matters more than recall: a quotation of
/// someone who is not a speaker (Xi Jinping, cited by Shen) must get nobody.
/// </summary>
public sealed partial class BundledQuotationTests
{
    public static TheoryData<string, string, string?> Judged() => new()
    {
        { "2016-09-18-antonio-campinos-aippi-quality-austerity", "an era of austerity.", "antonio-campinos" },
        { "2018-04-17-andrei-iancu-inventor-club-presidents", "We are focused on delivering", "andrei-iancu" },
        { "2019-10-23-francis-gurry-china-visit-asia-ip-filings", "China alone accounted", "francis-gurry" },
        { "2020-07-14-tim-moss-lspn-connect-trade-agreements", "We are absolutely front and centre", "tim-moss" },
        { "2020-10-29-daren-tang-aipla-annual-meeting-speech", "We should not give up", "daren-tang" },
        { "2020-11-25-thierry-breton-ip-action-plan", "are still not fully able", "thierry-breton" },
        { "2021-11-01-china-to-boost-international-ipr-cooperation", "The country has actively participated", "gan-shaoning" },
        { "2021-11-01-china-to-boost-international-ipr-cooperation", "Next, China will firmly stick", "gan-shaoning" },
        { "2021-12-29-kim-yong-rae-kipo-2022-plans-ai-digital-ip", "As the digital transformation accelerates", "kim-yong-rae" },
        { "2022-04-20-shen-changyu-boao-forum-ip-in-asia", "Protecting IP is protecting innovation.", null },
        { "2022-06-01-tim-moss-to-leave-ukipo", "It has been my privilege", "tim-moss" },
        { "2022-10-20-kathi-vidal-usipa-keynote-policymaking", "As we move forward", "kathi-vidal" },
        { "2023-06-08-lee-in-sil-kipo-policy-achievements-top-three", "I firmly believe", "lee-in-sil" },
        { "2023-07-18-daren-tang-itu-council-digital-innovation", "Put simply", "daren-tang" },
        { "2024-02-12-kathi-vidal-ai-assisted-inventorship-guidance", "We don't want to discourage", "kathi-vidal" },
        { "2025-07-08-daren-tang-opens-66th-wipo-assemblies", "advancing what is fundamental", "daren-tang" },
    };

    [Theory]
    [MemberData(nameof(Judged))]
    public void Bundled_quotation_gets_the_judged_speaker(string record, string quoteStart, string? speaker)
    {
        var announcement = ContentLoader.Load(RepositoryPaths.BundledInput).Announcements.Single(a => a.SourcePath.EndsWith(record + ".md", StringComparison.Ordinal));
        var paragraphs = Paragraphs().Split(announcement.Body.Read()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var names = new SpeakerNames(announcement.Speakers);
        var found = paragraphs
            .SelectMany((p, i) => QuoteSpans.Find(p).Select(span => (Span: span, Context: new QuoteContext(p[..span.Start], span.Text, p[span.End..], string.Join(" ", paragraphs.Take(i))))))
            .Single(q => q.Span.Text.StartsWith(quoteStart, StringComparison.Ordinal));

        var attribution = QuoteAttributor.Attribute(found.Context, names);

        Assert.Equal(speaker, attribution.Speaker?.Speaker.Id);
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();
}
