using IprArchive.Content;
using IprArchive.Statements;

namespace IprArchive.Tests.Statements;

public sealed class QuoteAttributorTests
{
    private static readonly SpeakerCredit Gan = Credit("gan-shaoning", "Gan Shaoning");
    private static readonly SpeakerCredit Shen = Credit("shen-changyu", "Shen Changyu");
    private static readonly SpeakerCredit Lee = Credit("michelle-k-lee", "Michelle K. Lee");
    private static readonly SpeakerCredit LeeInSil = Credit("lee-in-sil", "Lee In-sil");

    [Theory]
    [InlineData("", "We will open up further", ", said Gan.", "gan-shaoning", AttributionKind.Sentence)]
    [InlineData("", "We will open up further", ", Shen said, adding more.", "shen-changyu", AttributionKind.Sentence)]
    [InlineData("Commissioner Shen said: ", "IP protection is innovation protection.", "", "shen-changyu", AttributionKind.Sentence)]
    [InlineData("Gan said that the office ", "will firmly stick to multilateralism.", "", "gan-shaoning", AttributionKind.Sentence)]
    [InlineData("Earlier text. ", "Next, China will strengthen cooperation", ", he added.", "gan-shaoning", AttributionKind.Pronoun)]
    [InlineData("According to Shen, the plan is ", "a blueprint for the next five years", ".", "shen-changyu", AttributionKind.Sentence)]
    public void Sentence_cues_name_the_speaker(string before, string quote, string after, string expected, AttributionKind kind)
    {
        var context = new QuoteContext(before, quote, after, "The briefing was chaired by a spokesperson. Gan Shaoning spoke about cooperation, said Gan.");

        var attribution = QuoteAttributor.Attribute(context, new SpeakerNames([Shen, Gan]));

        Assert.Equal(expected, attribution.Speaker?.Speaker.Id);
        Assert.Equal(kind, attribution.Kind);
    }

    [Fact]
    public void A_quotation_of_someone_else_is_never_given_to_the_only_speaker()
    {
        var context = new QuoteContext("Shen began with remarks by Xi Jinping on innovation, citing his words: ", "Protecting IP is protecting innovation.", " He said Asia was rising.", "");

        var attribution = QuoteAttributor.Attribute(context, new SpeakerNames([Shen]));

        Assert.Null(attribution.Speaker);
        Assert.Null(attribution.Ambiguity);
    }

    [Fact]
    public void A_pronoun_after_another_person_speaking_is_not_the_speaker()
    {
        var context = new QuoteContext("Moss thanked the team. Harry Rich said the search was open. ", "It is a great opportunity", ", he said.", "");

        var attribution = QuoteAttributor.Attribute(context, new SpeakerNames([Credit("tim-moss", "Tim Moss")]));

        Assert.Null(attribution.Speaker);
    }

    [Fact]
    public void A_name_two_speakers_share_is_ambiguous()
    {
        var context = new QuoteContext("", "Quality comes first in everything we do", ", Lee said.", "");

        var attribution = QuoteAttributor.Attribute(context, new SpeakerNames([Lee, LeeInSil]));

        Assert.Null(attribution.Speaker);
        Assert.Contains("more than one speaker", attribution.Ambiguity, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uncued_quotation_with_several_speakers_is_ambiguous_and_with_one_speaker_is_theirs()
    {
        var context = new QuoteContext("In Beijing, ", "IP is the core of innovation and a key to growth", ".", "");

        var several = QuoteAttributor.Attribute(context, new SpeakerNames([Shen, Gan]));
        var one = QuoteAttributor.Attribute(context, new SpeakerNames([Shen]));

        Assert.Null(several.Speaker);
        Assert.NotNull(several.Ambiguity);
        Assert.Equal("shen-changyu", one.Speaker?.Speaker.Id);
        Assert.Equal(AttributionKind.OnlySpeaker, one.Kind);
    }

    [Fact]
    public void Quote_spans_cover_english_and_chinese_marks()
    {
        var spans = QuoteSpans.Find("He said “one two three”, then \"four five\" and 「知识产权保护」 but not \"unclosed");

        Assert.Equal(["one two three", "four five", "知识产权保护"], spans.Select(s => s.Text));
    }

    internal static SpeakerCredit Credit(string id, string name) => new(new Speaker(id, name, [], [], true), null, null);
}
