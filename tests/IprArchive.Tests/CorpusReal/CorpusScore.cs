using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Statements;

namespace IprArchive.Tests.CorpusReal;

/// <summary>The four figures of CORPUS-FORMAT.md, with what went wrong, for the reader.</summary>
public sealed record CorpusFigures(
    int Credited, int CreditedCorrectly, int CreditedSpeech, int JudgedSpeech, int JudgedSpeakerTurns, int TurnsCorrect, IReadOnlyList<string> Errors)
{
    /// <summary>Every credit the system gave, right or wrong, with its kind (for reading the figures).</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];

    /// <summary>Credited correctly / all the system credits to some speaker.</summary>
    public double AttributionPrecision => Credited == 0 ? 1 : (double)CreditedCorrectly / Credited;

    /// <summary>Credited correctly / items judged as a record speaker's speech.</summary>
    public double AttributionRecall => JudgedSpeech == 0 ? 1 : (double)CreditedCorrectly / JudgedSpeech;

    /// <summary>Listed statements that are speech of a record speaker / all listed.</summary>
    public double DetectionPrecision => Credited == 0 ? 1 : (double)CreditedSpeech / Credited;

    /// <summary>Turns of record speakers credited correctly / turns of record speakers.</summary>
    public double TurnRecall => JudgedSpeakerTurns == 0 ? 1 : (double)TurnsCorrect / JudgedSpeakerTurns;

    /// <summary>The figures on one line.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"attribution precision {AttributionPrecision:P1} ({CreditedCorrectly}/{Credited}), recall {AttributionRecall:P1} ({CreditedCorrectly}/{JudgedSpeech}); detection precision {DetectionPrecision:P1} ({CreditedSpeech}/{Credited}); turn recall {TurnRecall:P1} ({TurnsCorrect}/{JudgedSpeakerTurns})");
}

/// <summary>
/// Scores the production chain (load, render, find quotations and turns, credit them) on a
/// corpus-real part against its judgments, exactly as CORPUS-FORMAT.md defines: a statement
/// matches the judged item whose <c>starts</c> begins its text (quotation marks, apostrophes,
/// dashes and spacing compared loosely), a quotation only a quote item, a turn only a turn item.
/// A credited statement that matches no judged item counts against both precisions.
/// </summary>
public static partial class CorpusScore
{
    /// <summary>
    /// The figures of the records under <paramref name="part"/> (a folder with input/ and judgments.yml).
    /// With <paramref name="fallbackAlone"/>, the baseline the rules must beat: every quotation found
    /// goes to the record's only speaker (nobody when it has several), turns as the system credits them.
    /// </summary>
    public static CorpusFigures Of(string part, bool fallbackAlone = false)
    {
        var judged = Judgments.Read(Path.Combine(part, "judgments.yml"));
        var content = ContentLoader.Load(Path.Combine(part, "input"));
        var renderer = new MarkdownRenderer();
        var counts = new Counts();
        foreach (var record in judged)
        {
            var announcement = content.Published.Single(a => a.SourcePath == record.Record);
            var quotations = RecordQuotations.Of(announcement, renderer.Render(announcement.Body.Read()));
            if (fallbackAlone)
            {
                var only = announcement.Speakers.Count == 1 ? announcement.Speakers[0] : null;
                quotations = [.. quotations.Select(q => q.Form == QuotationForm.Turn ? q : q with { Speaker = only, Kind = AttributionKind.OnlySpeaker })];
            }

            Score(record, announcement, quotations, counts);
        }

        return new CorpusFigures(counts.Credited, counts.Correct, counts.Speech, counts.JudgedSpeech, counts.SpeakerTurns, counts.TurnsCorrect, counts.Errors) { Credits = counts.Credits };
    }

    private sealed class Counts
    {
        public int Credited, Correct, Speech, JudgedSpeech, SpeakerTurns, TurnsCorrect;
        public List<string> Errors { get; } = [];

        public List<string> Credits { get; } = [];
    }

    private static void Score(JudgedRecord record, Announcement announcement, IReadOnlyList<Quotation> quotations, Counts counts)
    {
        var speakerOf = (JudgedItem item) => Judgments.NotASpeaker.Contains(item.Who) ? null : announcement.Speakers.FirstOrDefault(s => IsNamed(s.Speaker, item.Who));
        var matches = quotations.ToDictionary(q => q, q => Match(q, record.Items));
        var name = Path.GetFileNameWithoutExtension(record.Record);
        foreach (var (q, item) in matches.Where(m => m.Key.Speaker is not null))
        {
            counts.Credited++;
            var judgedSpeaker = item is null ? null : speakerOf(item);
            counts.Speech += judgedSpeaker is null ? 0 : 1;
            counts.Credits.Add($"{(judgedSpeaker?.Speaker.Id == q.Speaker!.Speaker.Id ? "right" : "WRONG")} {q.Kind} {name} {q.Id} «{Excerpt(q.Text)}»");
            if (judgedSpeaker?.Speaker.Id == q.Speaker!.Speaker.Id)
            {
                counts.Correct++;
            }
            else
            {
                counts.Errors.Add($"WRONG  {name} {q.Id} «{Excerpt(q.Text)}» credited {q.Speaker.Speaker.Name} ({q.Kind}), judged {item?.Who ?? "(no judged item)"}");
            }
        }

        foreach (var item in record.Items.Where(i => speakerOf(i) is not null))
        {
            var speaker = speakerOf(item)!;
            var found = matches.Where(m => ReferenceEquals(m.Value, item)).Select(m => m.Key).ToList();
            var correct = found.Any(q => q.Speaker?.Speaker.Id == speaker.Speaker.Id);
            counts.JudgedSpeech++;
            if (item.Type == "turn")
            {
                counts.SpeakerTurns++;
                counts.TurnsCorrect += correct ? 1 : 0;
            }

            if (!correct)
            {
                counts.Errors.Add($"MISSED {name} {item.Type} «{Excerpt(item.Starts)}» judged {item.Who}, system {(found.Count == 0 ? "found nothing" : string.Join(", ", found.Select(q => $"{q.Id} {q.Kind} {q.Speaker?.Speaker.Name ?? "nobody"}")))}");
            }
        }
    }

    /// <summary>The judged item whose first words begin the statement (the longest such), of the same type.</summary>
    private static JudgedItem? Match(Quotation quotation, IReadOnlyList<JudgedItem> items)
    {
        var type = quotation.Form == QuotationForm.Turn ? "turn" : "quote";
        var text = Loose(quotation.Text);
        return items.Where(i => i.Type == type && Loose(i.Starts) is { Length: > 0 } starts && text.StartsWith(starts, StringComparison.Ordinal))
            .MaxBy(i => i.Starts.Length);
    }

    private static bool IsNamed(Speaker speaker, string who) =>
        speaker.Aliases.Prepend(speaker.Name).Any(n => NameKey.Of(n) == NameKey.Of(who)) || speaker.Id == Slug.From(who);

    /// <summary>Text compared loosely: marks, apostrophes and dashes unified, case and spacing ignored, leading punctuation dropped.</summary>
    internal static string Loose(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC).Replace("…", "...", StringComparison.Ordinal))
        {
            builder.Append(c switch
            {
                '“' or '”' or '„' or '«' or '»' or '「' or '」' or '『' or '』' => '"',
                '‘' or '’' or '‚' or '`' or '′' => '\'',
                '–' or '—' or '―' or '‑' => '-',
                '\u00A0' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return Spaces().Replace(builder.ToString(), " ").Trim().TrimStart('"', '\'', ' ', '.', '-');
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..59] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>Issue 12's bar, declared once: the dev parts must meet it, the mutations must fall below it.</summary>
internal static class IssueBar
{
    public const double AttributionPrecision = 0.97;
    public const double AttributionRecall = 0.90;
    public const double DetectionPrecision = 0.95;
    public const double TurnRecall = 0.95;

    /// <summary>Asserts each figure of <paramref name="figures"/> on its own, so a failure names it.</summary>
    public static void AssertMet(CorpusFigures figures)
    {
        Assert.True(figures.AttributionPrecision >= AttributionPrecision, $"attribution precision: {figures}");
        Assert.True(figures.AttributionRecall >= AttributionRecall, $"attribution recall: {figures}");
        Assert.True(figures.DetectionPrecision >= DetectionPrecision, $"detection precision: {figures}");
        Assert.True(figures.TurnRecall >= TurnRecall, $"turn recall: {figures}");
    }

    /// <summary>Prints the figures, every error and every credit, for the reader of the test log.</summary>
    public static void Print(Xunit.Abstractions.ITestOutputHelper output, string part, CorpusFigures figures)
    {
        output.WriteLine($"{part}: {figures}");
        figures.Errors.ToList().ForEach(output.WriteLine);
        figures.Credits.ToList().ForEach(c => output.WriteLine("  credit " + c));
    }
}
