using AngleSharp.Html.Parser;
using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Statements;

namespace IprArchive.Tests.Statements;

/// <summary>Transcript turns: found on the syntax tree, rendered set off, credited to the record's speakers only.</summary>
public sealed class TranscriptTurnTests
{
    private static readonly SpeakerCredit Shen = QuoteAttributorTests.Credit("shen-changyu", "Shen Changyu");
    private static readonly SpeakerCredit Hu = QuoteAttributorTests.Credit("hu-wenhui", "Hu Wenhui");
    private static readonly SpeakerCredit Lee = QuoteAttributorTests.Credit("lee-in-sil", "Lee In-sil");

    private const string Briefing = """
        The State Council Information Office held a press conference on Thursday.

        Hu Wenhui, spokesperson of CNIPA: Good morning. Today we have invited Commissioner Shen.

        Shen Changyu:
        Thank you. The State Council has approved the plan, which is "the blueprint for the next five years".

        It also sets targets for 2025.

        Reporter (Xinhua): My question is about patent quality. What will you do?

        **Changyu Shen:** We will keep improving the examination standard.

        China Daily:

        Could you say more about trademarks?

        Host: Next question, please.

        Lee Insil: Korea welcomes the plan.
        """;

    [Fact]
    public void Turns_render_with_the_speaker_set_off_and_questions_marked()
    {
        var html = Parse(Render(Briefing).Html);

        var turns = html.QuerySelectorAll("div.turn");
        Assert.Equal(["t-1", "t-2", "t-3", "t-4", "t-5", "t-6", "t-7"], turns.Select(t => t.Id));
        Assert.Equal(["Hu Wenhui, spokesperson of CNIPA:", "Shen Changyu:", "Reporter (Xinhua):", "Changyu Shen:", "China Daily:", "Host:", "Lee Insil:"],
            html.QuerySelectorAll("b.turn-speaker").Select(b => b.TextContent));
        Assert.Equal(["t-3", "t-5"], html.QuerySelectorAll("div.turn-question").Select(t => t.Id));
        Assert.Equal(2, turns[1].QuerySelectorAll("p").Length);
        Assert.StartsWith("Shen Changyu:", turns[1].QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thank you. The State Council", turns[1].QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("press conference", html.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Null(html.QuerySelector("p")!.Closest("div.turn"));
    }

    [Fact]
    public void Turns_of_the_record_speakers_become_statements_and_questions_never_do()
    {
        var quotations = Quotations(Briefing, Shen, Hu, Lee);

        var turns = quotations.Where(q => q.Form == QuotationForm.Turn).ToList();
        Assert.Equal([("t-1", "hu-wenhui"), ("t-2", "shen-changyu"), ("t-4", "shen-changyu"), ("t-7", "lee-in-sil")],
            turns.Select(t => (t.Id, t.Speaker!.Speaker.Id)));
        Assert.StartsWith("Thank you. The State Council", turns[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("targets for 2025.", turns[1].Text, StringComparison.Ordinal);
        Assert.All(turns, t => Assert.Equal(AttributionKind.Turn, t.Kind));
        Assert.Equal((5, 1), (turns[1].Line, turns[1].Column));
        // A quotation inside an official's answer is not the official's without a cue.
        var inner = Assert.Single(quotations, q => q.Form == QuotationForm.Inline);
        Assert.Equal("q-1", inner.Id);
        Assert.Null(inner.Speaker);
    }

    [Fact]
    public void A_chair_turn_goes_to_the_chair_only_when_the_chair_is_a_record_speaker()
    {
        const string body = "Moderator Hu Wenhui: Welcome.\n\nShen Changyu: Thank you.\n\nModerator: Next question.\n";

        var turns = Quotations(body, Shen, Hu).Where(q => q.Form == QuotationForm.Turn).ToList();

        Assert.Equal([("t-1", "hu-wenhui"), ("t-2", "shen-changyu")], turns.Select(t => (t.Id, t.Speaker!.Speaker.Id)));
    }

    [Theory]
    [InlineData("Note: the figures are provisional.\n\nSource: CNIPA.\n")]
    [InlineData("Shen Changyu: one paragraph with a colon is not a transcript.\n")]
    [InlineData("The plan has three goals: quality, speed and openness.\n\nThe office said: more to come.\n")]
    [InlineData("Meeting at 10:30: agenda.\n\nVenue: Beijing.\n")]
    public void Text_before_a_colon_that_is_not_a_turn_stays_a_paragraph(string body)
    {
        var html = Parse(Render(body).Html);

        Assert.Empty(html.QuerySelectorAll("div.turn"));
    }

    [Fact]
    public void One_bold_label_is_an_explicit_turn()
    {
        var html = Parse(Render("Opening remarks follow.\n\n**Shen Changyu:** Thank you all for coming.\n").Html);

        var turn = Assert.Single(html.QuerySelectorAll("div.turn"));
        Assert.Equal("Shen Changyu:", turn.QuerySelector("b.turn-speaker")!.TextContent);
    }

    [Fact]
    public void A_question_is_never_credited_even_when_it_names_an_official()
    {
        const string body = "Reporter (CGTN): Shen Changyu said the plan is ambitious. Is it?\n\nShen Changyu: Yes.\n";

        var turns = Quotations(body, Shen).Where(q => q.Form == QuotationForm.Turn).ToList();

        Assert.Equal(["t-2"], turns.Select(t => t.Id));
    }

    [Theory]
    [InlineData("KIPO Commissioner Lee In-sil: Korea welcomes the plan.", "lee-in-sil")]
    [InlineData("LEE: Korea welcomes the plan.", "lee-in-sil")]
    [InlineData("Spokesperson: Korea welcomes the plan.", "hu-wenhui")]
    public void Labels_with_acronyms_capitals_or_a_role_alone_name_the_speaker(string line, string expected)
    {
        var spokesperson = new SpeakerCredit(Hu.Speaker, "Spokesperson", null);
        var body = "Reporter (Yonhap): What do you make of the plan?\n\n" + line + "\n";

        var turns = Quotations(body, Lee, spokesperson).Where(q => q.Form == QuotationForm.Turn).ToList();

        Assert.Equal(expected, Assert.Single(turns).Speaker?.Speaker.Id);
    }

    internal static RenderedMarkdown Render(string body) => new MarkdownRenderer().Render(body);

    internal static IReadOnlyList<Quotation> Quotations(string body, params SpeakerCredit[] speakers) =>
        RecordQuotations.Of(Record(body, speakers), Render(body));

    internal static Announcement Record(string body, params SpeakerCredit[] speakers) => new()
    {
        SourcePath = "announcements/2021/2021-04-24-briefing.md",
        Slug = "briefing",
        Date = new DateOnly(2021, 4, 24),
        Title = "Briefing",
        Speakers = speakers,
        Language = "en",
        Body = RecordBody.FromText(body),
    };

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>");
}
