using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Markdown.Transcripts;
using IprArchive.Statements;

namespace IprArchive.Tests.Statements;

/// <summary>
/// The categories read since heldout4: an office named alone as a turn label ("THE VICE
/// PRESIDENT:"), a title and surname labelling a one-turn excerpt ("Deputy Director King:"), a
/// statement in single marks cued inside a quoted press release, a possessive lead-in with a noun
/// of speech before a colon ("Obama's response brought up …:"). Each with near misses that must stay nobody's.
/// </summary>
public sealed class LabelAndNestingCueTests
{
    private static readonly SpeakerCredit VicePresident = Credit("ana-ruiz", "Ana Ruiz", "Vice President of the Republic", new SpeakerRole("President of the Republic", null, new DateOnly(2021, 1, 20), null));
    private static readonly SpeakerCredit Coordinator = Credit("kim-jun", "Kim Jun", "Enforcement Coordinator");
    private static readonly SpeakerCredit DeputyDirector = Credit("ada-king", "Ada King", "Deputy Director, Coordination Center");
    private static readonly SpeakerCredit Director = Credit("bo-king", "Bo King", "Director, Coordination Center");
    private static readonly SpeakerCredit Chair = Credit("li-wei", "Li Wei", "Chair of the Committee");

    // More than forty words: a passage of speech, not a line after a colon.
    private const string Speech = "Hi everyone, thank you for coming today. I want to tell you a little bit about what we do at the center, how we work with our partners across the government and abroad, and then we can take your questions about the cases we are working on this year.";

    [Theory]
    [InlineData("THE VICE PRESIDENT", TurnRole.Office, null, "VICE PRESIDENT")]
    [InlineData("The Enforcement Coordinator", TurnRole.Office, null, "Enforcement Coordinator")]
    [InlineData("THE SECRETARY OF COMMERCE", TurnRole.Office, null, "SECRETARY OF COMMERCE")]
    [InlineData("Mr. President", TurnRole.Office, null, "President")]
    [InlineData("THE CHAIR", TurnRole.Chair, null, null)]
    [InlineData("Madam Chair", TurnRole.Chair, null, null)]
    [InlineData("THE MODERATOR", TurnRole.Chair, null, null)]
    [InlineData("Deputy Director King", TurnRole.Named, "King", "Deputy Director")]
    [InlineData("MS. ESPINEL", TurnRole.Named, "ESPINEL", "MS.")]
    [InlineData("Vice Premier Ding", TurnRole.Named, "Ding", "Vice Premier")]
    [InlineData("Press Secretary Gibbs", TurnRole.Named, "Gibbs", "Press Secretary")]
    [InlineData("QUESTION", TurnRole.Question, null, null)]
    public void Labels_keep_the_office_or_title_apart_from_the_name(string written, TurnRole role, string? name, string? title)
    {
        var label = TurnLabels.Classify(written);

        Assert.Equal((role, name, title), (label?.Role, label?.Name, label?.Title));
    }

    [Theory]
    [InlineData("The plan")]
    [InlineData("The three goals")]
    [InlineData("The Director said")]
    public void Text_with_an_article_that_is_no_office_is_no_label(string written)
    {
        Assert.Null(TurnLabels.Classify(written));
    }

    [Theory]
    [InlineData("THE VICE PRESIDENT", "ana-ruiz")]
    [InlineData("The Vice President", "ana-ruiz")]
    [InlineData("THE COORDINATOR", "kim-jun")]
    // Ruiz became president later (the registry knows it), but was vice president at the time.
    [InlineData("THE PRESIDENT", null)]
    [InlineData("THE COMMISSIONER", null)]
    // A committee chair's turn is the chair's, whoever chairs.
    [InlineData("THE CHAIR", null)]
    public void An_office_label_credits_the_one_speaker_holding_it_at_the_time(string label, string? expected)
    {
        var body = $"{label}: Welcome, everybody. Let me hand over to our guests.\n\nMS. KIM: Thank you for having me here today.\n";

        var turns = TranscriptTurnTests.Quotations(body, VicePresident, Coordinator, Chair).Where(q => q.Form == QuotationForm.Turn && q.Text.StartsWith("Welcome", StringComparison.Ordinal));

        Assert.Equal(expected, turns.SingleOrDefault()?.Speaker?.Speaker.Id);
    }

    [Fact]
    public void An_office_two_speakers_hold_credits_neither()
    {
        var body = "THE DIRECTOR: Welcome, everybody.\n\nMS. KIM: Thank you.\n";
        var otherDirector = Credit("eva-lund", "Eva Lund", "Director, Patent Office");

        var turns = TranscriptTurnTests.Quotations(body, Director, otherDirector, Coordinator).Where(q => q.Form == QuotationForm.Turn);

        Assert.DoesNotContain(turns, t => t.Text.StartsWith("Welcome", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Deputy Director King", "ada-king")]
    [InlineData("DEPUTY DIRECTOR KING", "ada-king")]
    [InlineData("Ms. King", "ada-king")]
    [InlineData("Ambassador King", "ada-king")]
    // A surname nobody of the record has, and a title that says someone else, credit nobody.
    [InlineData("Deputy Director Queen", null)]
    [InlineData("Commissioner King", null)]
    [InlineData("Director King", null)]
    public void A_title_and_surname_label_one_turn_long_credits_the_speaker_the_title_fits(string label, string? expected)
    {
        var quotations = TranscriptTurnTests.Quotations($"{label}: {Speech}\n", DeputyDirector, Coordinator);

        Assert.Equal(expected, quotations.SingleOrDefault(q => q.Form == QuotationForm.Turn)?.Speaker?.Speaker.Id);
    }

    [Theory]
    [InlineData("AMBASSADOR KING")]
    [InlineData("Commissioner King")]
    public void In_a_transcript_of_several_turns_the_surname_credits_whatever_the_courtesy_title(string label)
    {
        var body = $"QUESTION: What will the center do next year?\n\n{label}: We will open two more offices abroad.\n";

        var turn = Assert.Single(TranscriptTurnTests.Quotations(body, DeputyDirector, Coordinator), q => q.Form == QuotationForm.Turn);

        Assert.Equal("ada-king", turn.Speaker?.Speaker.Id);
    }

    [Fact]
    public void A_title_and_a_surname_two_speakers_share_credits_neither()
    {
        var quotations = TranscriptTurnTests.Quotations($"Ms. King: {Speech}\n", DeputyDirector, Director);

        Assert.DoesNotContain(quotations, q => q.Form == QuotationForm.Turn);
    }

    [Theory]
    [InlineData("King: ")]
    [InlineData("Deputy Director King: Hi everyone. ")]
    public void A_surname_alone_or_a_short_line_after_a_title_is_no_one_turn_excerpt(string opening)
    {
        var body = opening.EndsWith("everyone. ", StringComparison.Ordinal) ? opening + "\n" : opening + Speech + "\n";

        var html = TranscriptTurnTests.Render(body).Html;

        Assert.DoesNotContain("class=\"turn", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_in_single_marks_cued_inside_a_quoted_press_release_is_the_speakers()
    {
        const string body = "The office released the following press release:\n\n"
            + "\"With regard to the ruling, Director Bo King said, 'We will appeal the decision and we expect to win.'\n\n"
            + "King noted that the examiners had raised new questions.\n\n"
            + "\"'We are confident the patents will be upheld,' he said.\n\n"
            + "\"The office filed the appeal on Monday, which is not at all unusual. The process can take months.\"\n";

        var quotations = TranscriptTurnTests.Quotations(body, Director);

        Assert.Equal(["We will appeal the decision and we expect to win.", "We are confident the patents will be upheld,", "The office filed the appeal on Monday, which is not at all unusual. The process can take months."],
            quotations.Select(q => q.Text));
        Assert.Equal(["bo-king", "bo-king", null], quotations.Select(q => q.Speaker?.Speaker.Id));
    }

    [Theory]
    // A term the speaker names in single marks is part of the speaker's own words.
    [InlineData("“We are in what he called ‘the new normal’ for examiners,” King said.", "We are in what he called ‘the new normal’ for examiners,", "bo-king")]
    // The cue inside names someone who is not a speaker of the record.
    [InlineData("“On the ruling, Judge Pell said, ‘The claims are invalid and must be rejected.’”", "The claims are invalid and must be rejected.", null)]
    public void Single_marks_inside_double_marks_near_misses(string body, string text, string? expected)
    {
        var quotation = Assert.Single(TranscriptTurnTests.Quotations(body + "\n", Director, Coordinator));

        Assert.Equal((text, expected), (quotation.Text, quotation.Speaker?.Speaker.Id));
    }

    [Theory]
    [InlineData("During the briefing a reporter asked about fees. King’s response brought up the way the office wants to cut them:", "bo-king")]
    [InlineData("A reporter asked about fees. His answer was short:", "bo-king")]
    [InlineData("A reporter asked about fees. Here is the full text of King’s reply:", "bo-king")]
    [InlineData("A reporter asked about fees. Excerpts from the director’s remarks:", "bo-king")]
    // The reporter's question mentions the director's remarks: it is no lead-in to them.
    [InlineData("A reporter asked about fees. Landler asked about King’s remarks:", null)]
    // A document's, a country's or an unlisted person's response is not a speaker's.
    [InlineData("A reporter asked about fees. The report’s response was clear:", null)]
    [InlineData("A reporter asked about fees. China’s response came quickly:", null)]
    [InlineData("A reporter asked about fees. Landler’s question was pointed:", null)]
    [InlineData("A reporter asked about fees. King’s answer quoted the founders of the office:", null)]
    public void A_possessive_lead_in_with_a_noun_of_speech_before_a_colon_credits_the_quotation(string leadIn, string? expected)
    {
        var body = $"Bo King met the press on Monday. {leadIn}\n\n“We will lower the fees for small firms next year, and we will keep them low after that.”\n";

        var quotation = Assert.Single(TranscriptTurnTests.Quotations(body, Director, Coordinator));

        Assert.Equal(expected, quotation.Speaker?.Speaker.Id);
    }

    private static SpeakerCredit Credit(string id, string name, string role, params SpeakerRole[] later) =>
        new(new Speaker(id, name, [], [new SpeakerRole(role, null, null, null), .. later], true), role, null);
}
