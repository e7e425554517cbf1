using IprArchive.Content;
using IprArchive.Statements;

namespace IprArchive.Tests.Statements;

/// <summary>Titles and terms told apart from speech; cues in the next sentence, descriptors, non-speakers.</summary>
public sealed class SpeechCueTests
{
    private static readonly Organization Wipo = new("wipo", "World Intellectual Property Organization", "WIPO", ["WIPO"], [], [], true);
    private static readonly Organization Cnipa = new("cnipa", "China National Intellectual Property Administration", "CNIPA", ["CNIPA"], [], [], true);
    private static readonly SpeakerCredit Tang = new(new Speaker("daren-tang", "Daren Tang", [], [], true), "Director General", Wipo);
    private static readonly SpeakerCredit Shen = new(new Speaker("shen-changyu", "Shen Changyu", [], [], true), "Commissioner", Cnipa);
    private static readonly SpeakerCredit Wang = new(new Speaker("wang-yi", "Wang Yi", [], [], true), "Deputy Commissioner", Cnipa);

    [Theory]
    [InlineData("The event was entitled ", "Innovation and Creativity for a Better Future", ".")]
    [InlineData("This year's theme, ", "IP and Youth: Innovating for a Better Future", ", drew many.")]
    [InlineData("Tang launched the ", "IP for All", " campaign on Monday.")]
    [InlineData("China will build a ", "strong IP nation", " by 2035, Tang said.")]
    [InlineData("Tang said the office will pursue ", "high quality.", "")]
    [InlineData("The office issued the ", "Opinions on Strengthening IP Protection", " in 2019.")]
    [InlineData("It is known as ", "the Madrid System for trademarks", ".")]
    public void A_title_theme_or_term_is_nobodys(string before, string quote, string after)
    {
        var attribution = Attribute(before, quote, after, "", Tang);

        Assert.Null(attribution.Speaker);
        Assert.Null(attribution.Ambiguity);
    }

    [Theory]
    [InlineData("", "We need to make sure innovation reaches everyone.", " Tang said at the ceremony in Geneva.", "daren-tang")]
    [InlineData("", "We will keep improving examination,", " the commissioner said.", "shen-changyu")]
    [InlineData("", "Small firms matter most to us,", " said the WIPO chief.", "daren-tang")]
    [InlineData("", "Examination will get faster.", " The deputy commissioner added that backlogs would fall.", "wang-yi")]
    [InlineData("Shen, commissioner of CNIPA, said: ", "The plan is a blueprint for the coming five years.", "", "shen-changyu")]
    public void Cues_in_the_next_sentence_and_descriptors_name_the_speaker(string before, string quote, string after, string expected)
    {
        var attribution = Attribute(before, quote, after, "", Tang, Shen, Wang);

        Assert.Equal(expected, attribution.Speaker?.Speaker.Id);
    }

    [Theory]
    [InlineData("", "China will strengthen the protection of intellectual property rights,", " said President Xi Jinping.")]
    [InlineData("The report said ", "patent filings grew by ten percent last year in every region.", "")]
    [InlineData("According to the plan, ", "the number of high-value patents will reach twelve per ten thousand people.", "")]
    [InlineData("", "We are open for business with all partners,", " the minister said.")]
    [InlineData("", "Cooperation is the only way forward for all of us,", " Wang Peng said.")]
    public void An_explicit_cue_naming_a_non_speaker_wins_over_the_only_speaker(string before, string quote, string after)
    {
        var attribution = Attribute(before, quote, after, "", Shen);

        Assert.Null(attribution.Speaker);
    }

    [Fact]
    public void Without_cues_the_only_speaker_fallback_takes_everything()
    {
        using (QuoteAttributor.WithoutCues())
        {
            var attribution = Attribute("", "China will strengthen the protection of intellectual property rights,", " said President Xi Jinping.", "", Shen);

            Assert.Equal("shen-changyu", attribution.Speaker?.Speaker.Id);
        }
    }

    private static Attribution Attribute(string before, string quote, string after, string earlier, params SpeakerCredit[] speakers) =>
        QuoteAttributor.Attribute(new QuoteContext(before, quote, after, earlier), new SpeakerNames(speakers));
}
