using IprArchive.Bench.Anchors;

namespace IprArchive.Bench.Tests;

/// <summary>The Hugo anchor gets the same records: only the front matter Hugo's taxonomies need is reshaped.</summary>
public sealed class HugoSiteTests
{
    private const string Record = """
        ---
        title: "Wang Wei on patents"
        date: 2019-03-04
        speakers:
          - name: "Wang Wei"
            role: "Commissioner"
            organization: "China National Intellectual Property Administration (CNIPA)"
          - name: "Anna Smith"
            role: "Director General"
            organization: "European Patent Office (EPO)"
        event: "CNIPA briefing on patents, Beijing"
        plan_period: "13th Five-Year Plan (2016-2020)"
        topics: ["patents", "quality"]
        language: en
        summary: "Figures for 2018."
        ---

        ## Results

        "We did well," Wang said.

        """;

    [Fact]
    public void Speakers_become_a_taxonomy_of_names_beside_their_details_and_the_plan_a_one_item_list()
    {
        var converted = HugoSite.Convert(Record.ReplaceLineEndings("\n"), "2019-03-04-wang-wei-on-patents");
        var front = new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, object>>(converted.Split("---\n")[1]);

        Assert.Equal(new object[] { "Wang Wei", "Anna Smith" }, (List<object>)front["speakers"]);
        var details = ((List<object>)front["speaker_details"]).Cast<Dictionary<object, object>>().ToList();
        Assert.Equal("European Patent Office (EPO)", details[1]["organization"]);
        Assert.Equal(new object[] { "13th Five-Year Plan (2016-2020)" }, (List<object>)front["plan_periods"]);
        Assert.False(front.ContainsKey("plan_period"));
        Assert.Equal("wang-wei-on-patents", front["slug"]);
        Assert.Equal("Wang Wei on patents", front["title"]);
        Assert.EndsWith("---\n\n## Results\n\n\"We did well,\" Wang said.\n", converted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_its_own_slug_keeps_it_so_both_sites_publish_it_at_the_same_address()
    {
        var record = Record.ReplaceLineEndings("\n").Replace("date: 2019-03-04\n", "slug: 2019-03-04-wang-wei-on-patents\ndate: 2019-03-04\n", StringComparison.Ordinal);

        var converted = HugoSite.Convert(record, "2019-03-04-wang-wei-on-patents");

        Assert.Contains("slug: 2019-03-04-wang-wei-on-patents\n", converted, StringComparison.Ordinal);
    }
}
