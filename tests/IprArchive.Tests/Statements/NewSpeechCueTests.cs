using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Statements;

namespace IprArchive.Tests.Statements;

/// <summary>
/// The cues read since heldout3 (SpeechCues): a statement issued with a colon, a phrase quoted as
/// the object of an appeal, praise and confiding verbs, manner adverbs, "told" with the listener
/// after it, a quotation left open at the end of its paragraph, a full name alone on its line
/// after a question, a short phrase that repeats a speaker's longer quotation. Each with a near miss that must stay nobody's.
/// </summary>
public sealed class NewSpeechCueTests
{
    private static readonly Organization Office = new("office", "Example Patent Office", "EPOX", ["EPOX"], [], [], true);
    private static readonly SpeakerCredit Ruiz = new(new Speaker("ana-ruiz", "Ana Ruiz", [], [], true), "Secretary", null);
    private static readonly SpeakerCredit Kim = new(new Speaker("kim-jun", "Kim Jun", [], [], true), "Commissioner", Office);
    private static readonly SpeakerCredit Okafor = new(new Speaker("ada-okafor", "Ada Okafor", [], [], true), "Director General", Office);

    [Theory]
    [InlineData("Secretary Ana Ruiz issued the following statement: ", "ana-ruiz")]
    [InlineData("Commissioner Kim Jun released a short statement on the vote: ", "kim-jun")]
    [InlineData("The ministry issued the following statement: ", null)]
    public void A_statement_handed_over_with_a_colon_is_its_issuers(string before, string? expected)
    {
        var attribution = Attribute(before, "We welcome the vote and thank the Senate for its support.", "", "", Ruiz, Kim);

        Assert.Equal(expected, attribution.Speaker?.Speaker.Id);
    }

    [Theory]
    [InlineData("The Director General further called for ", "concrete outcomes", " in the talks.", "ada-okafor")]
    [InlineData("She appealed to member states to find a ", "balanced way forward", ".", "ada-okafor")]
    public void A_phrase_quoted_as_the_object_of_an_appeal_is_the_speakers(string before, string quote, string after, string expected)
    {
        var attribution = Attribute(before, quote, after, "Ada Okafor opened the session.", Okafor);

        Assert.Equal(expected, attribution.Speaker?.Speaker.Id);
    }

    [Theory]
    [InlineData("Delegates called for a ", "Belt and Road", " forum.")]
    [InlineData("The office launched a ", "fast track", " on Monday.")]
    public void A_name_after_an_appeal_or_a_bare_term_stays_nobodys(string before, string quote, string after)
    {
        var attribution = Attribute(before, quote, after, "", Okafor);

        Assert.Null(attribution.Speaker);
    }

    [Theory]
    [InlineData(". Kim Jun highly praised the examiners' work.", "kim-jun")]
    [InlineData(". Kim Jun strongly stressed that more was to come.", "kim-jun")]
    [InlineData(". The Office recently announced a new fee schedule.", null)]
    public void A_manner_adverb_may_stand_before_the_verb_of_the_next_sentence(string after, string? expected)
    {
        var attribution = Attribute("", "The office has done remarkable work this year", after, "", Kim, Ruiz);

        Assert.Equal(expected, attribution.Speaker?.Speaker.Id);
    }

    [Fact]
    public void Confiding_is_a_speech_verb()
    {
        var attribution = Attribute("Kim confided that when he started, he knew ", "a lot about the business but nothing about IP", ".", "", Kim, Ruiz);

        Assert.Equal("kim-jun", attribution.Speaker?.Speaker.Id);
    }

    [Fact]
    public void Told_with_the_listener_after_it_closes_the_sentence_of_a_short_quotation()
    {
        var attribution = Attribute("Ruiz was as ", "surprised as anyone", " when the vote went against her, she told Managing IP in an interview.", "", Ruiz, Kim);

        Assert.Equal("ana-ruiz", attribution.Speaker?.Speaker.Id);
    }

    [Fact]
    public void A_quotation_left_open_carries_its_speaker_into_the_next_paragraph()
    {
        const string body = "Ruiz explains that “we planned for growth” in every market. “Then the war came and business confidence fell everywhere.\n\n“These are circumstances nobody could control.”\n";

        var quotations = TranscriptTurnTests.Quotations(body, Ruiz);

        Assert.Equal(3, quotations.Count);
        Assert.Equal("ana-ruiz", quotations[^1].Speaker?.Speaker.Id);
    }

    [Fact]
    public void A_quotation_closed_in_narration_does_not_carry_its_speaker_on()
    {
        const string body = "Ruiz explains that “we planned for growth” in every market. “Then the war came and business confidence fell everywhere.”\n\n“These are circumstances nobody could control.”\n";

        var quotations = TranscriptTurnTests.Quotations(body, Ruiz);

        Assert.Null(quotations[^1].Speaker);
    }

    [Fact]
    public void A_full_name_alone_on_its_line_after_a_question_opens_a_turn()
    {
        const string body = "Do you think these complaints are reasonable?\n\nKim Jun\n\nThanks for the question.\n\nWe treat every applicant equally.\n";

        var turn = Assert.Single(TranscriptTurnTests.Quotations(body, Kim, Ruiz), q => q.Form == QuotationForm.Turn);

        Assert.Equal("kim-jun", turn.Speaker?.Speaker.Id);
        Assert.StartsWith("Thanks for the question.", turn.Text, StringComparison.Ordinal);
        Assert.EndsWith("every applicant equally.", turn.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Press Release\n\nJoint Statement\n\nThe heads of office adopted a vision statement.\n")]
    [InlineData("The office opened in May.\n\nKim Jun\n\nThe commissioner spoke at the opening.\n")]
    public void A_name_line_without_a_question_before_it_is_no_turn(string body)
    {
        Assert.DoesNotContain(TranscriptTurnTests.Quotations(body, Kim), q => q.Form == QuotationForm.Turn);
    }

    [Fact]
    public void A_short_phrase_quoted_ahead_of_the_words_it_repeats_is_their_speakers()
    {
        const string body = "The index makes Ruiz “very optimistic” despite the slowdown.\n\n“My expectation for the index this year is very optimistic,” said Ruiz.\n";

        var quotations = TranscriptTurnTests.Quotations(body, Ruiz, Kim);

        Assert.Equal(["ana-ruiz", "ana-ruiz"], quotations.Select(q => q.Speaker?.Speaker.Id));
    }

    [Fact]
    public void A_term_after_an_article_stays_nobodys_even_when_the_speaker_repeats_it()
    {
        const string body = "Ruiz spoke about the “fourth industrial revolution.”\n\n“We must prepare for the fourth industrial revolution now,” said Ruiz.\n";

        var quotations = TranscriptTurnTests.Quotations(body, Ruiz, Kim);

        Assert.Null(quotations[0].Speaker);
    }

    private static Attribution Attribute(string before, string quote, string after, string earlier, params SpeakerCredit[] speakers) =>
        QuoteAttributor.Attribute(new QuoteContext(before, quote, after, earlier), new SpeakerNames(speakers));
}
