using IprArchive.Content;
using IprArchive.Statements;

namespace IprArchive.Tests.Statements;

/// <summary>
/// The only-speaker fallback, tightened after the held-out errors of issue 12: an uncued quotation
/// goes to the record's only speaker only when it runs on from one a cue gave to that speaker.
/// </summary>
public sealed class OnlySpeakerFallbackTests
{
    private static readonly SpeakerCredit Gurry = new(new Speaker("francis-gurry", "Francis Gurry", [], [], true), "Director General",
        new Organization("wipo", "World Intellectual Property Organization", "WIPO", ["WIPO"], [], [], true));
    private static readonly SpeakerCredit Tang = QuoteAttributorTests.Credit("daren-tang", "Daren Tang");
    private static readonly SpeakerCredit Shen = QuoteAttributorTests.Credit("shen-changyu", "Shen Changyu");
    private static readonly SpeakerCredit Negrao = QuoteAttributorTests.Credit("joao-negrao", "João Negrão");

    [Theory]
    [InlineData("To go further, it is essential to speed up \"investments for the future\" by taking all possible measures.")]
    [InlineData("The Government has set a target of “Promoting Intellectual Property Strategies to Succeed in Industry 4.0 (the fourth industrial revolution)” in its strategy.")]
    [InlineData("Voluntary entry is the theme of the commentary.\n\n“The idea that the country is involved in IP theft probably stems from a lack of knowledge of its continuous effort.”")]
    public void An_uncued_quotation_in_a_one_speaker_report_is_nobodys(string body)
    {
        var quotation = Assert.Single(TranscriptTurnTests.Quotations(body, Gurry));

        Assert.Null(quotation.Speaker);
    }

    [Fact]
    public void Words_running_on_from_a_cued_quotation_are_the_same_speakers()
    {
        const string body = """
            "We know that the direction of innovation is set from the highest level," said the WIPO chief. This was a momentum that has "been gathering over the years."

            "I'm sure there's a lot more growth still for innovation in China."
            """;

        var quotations = TranscriptTurnTests.Quotations(body, Gurry);

        Assert.All(quotations, q => Assert.Equal("francis-gurry", q.Speaker?.Speaker.Id));
        Assert.Equal([AttributionKind.Sentence, AttributionKind.OnlySpeaker, AttributionKind.OnlySpeaker], quotations.Select(q => q.Kind));
    }

    [Fact]
    public void A_third_person_paragraph_after_a_cued_quotation_is_nobodys()
    {
        const string body = """
            Gurry, the Director General, said, "As a lawyer, I know the essence of the system is creativity. And protecting it is the best reward."

            "For all delegates, their responsibilities are both political and social for the people they represent."
            """;

        var quotations = TranscriptTurnTests.Quotations(body, Gurry);

        Assert.Equal(["francis-gurry", null], quotations.Select(q => q.Speaker?.Speaker.Id));
    }

    [Fact]
    public void A_headline_naming_the_speaker_after_a_colon_is_a_cue()
    {
        var quotation = Assert.Single(TranscriptTurnTests.Quotations("‘We need to deliver’: EUIPO’s João Negrão", Negrao, Tang));

        Assert.Equal(("joao-negrao", AttributionKind.Sentence), (quotation.Speaker?.Speaker.Id, quotation.Kind));
    }

    [Fact]
    public void An_honorific_before_the_name_does_not_hide_the_cue()
    {
        var quotation = Assert.Single(TranscriptTurnTests.Quotations("“Our partnerships are very important to all of us,” Mr. Tang said.", Tang, Shen));

        Assert.Equal(("daren-tang", AttributionKind.Sentence), (quotation.Speaker?.Speaker.Id, quotation.Kind));
    }

    [Fact]
    public void I_said_is_the_authors_in_a_speech_and_the_reporters_in_a_report()
    {
        const string speech = "We met last year, and our members were there. When we met at the Assemblies, I said, “that in these times the work of our Organization cannot be business as usual”.";
        const string report = "Tang spoke at the Assemblies. When we met him afterwards, I said, “that in these times the work of the Organization cannot be business as usual”.";

        Assert.Equal("daren-tang", Assert.Single(TranscriptTurnTests.Quotations(speech, Tang)).Speaker?.Speaker.Id);
        Assert.Null(Assert.Single(TranscriptTurnTests.Quotations(report, Tang)).Speaker);
    }
}
