using System.Globalization;
using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Statements;
using IprArchive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IprArchive.Tests.Statements;

/// <summary>
/// Precision and recall of the whole chain the site uses (rendering, finding quotations,
/// crediting them) on every bundled record, against the hand-judged table of
/// <see cref="BundledQuotationTests"/>. A quotation the site finds that the table does not list
/// counts against precision if it is credited to anyone.
/// </summary>
public sealed class AttributionScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Attribution_on_the_bundled_records_is_precise_and_the_figures_are_printed()
    {
        var judged = BundledQuotationTests.Judged().Select(row => ((string)row[0], (string)row[1], (string?)row[2])).ToList();
        var renderer = new MarkdownRenderer();
        var rendered = ContentLoader.Load(RepositoryPaths.BundledInput).Published.Select(a => (Announcement: a, Body: renderer.Render(a.Body.Read()))).ToList();
        var found = rendered
            .SelectMany(r => RecordQuotations.Of(r.Announcement, r.Body).Select(q => (Record: Path.GetFileNameWithoutExtension(r.Announcement.SourcePath), Quotation: q)))
            .ToList();
        // Every span in quotation marks, statement or not: what the filter left out is listed for the reader to judge.
        var leftOut = rendered.SelectMany(r => r.Body.Paragraphs).SelectMany(p => QuoteSpans.Find(p.Text))
            .Where(span => !found.Any(f => f.Quotation.Text == span.Text)).Select(span => span.Text).ToList();

        var matched = judged.Select(j => (Judged: j, Found: found.Where(f => f.Record == j.Item1 && Plain(f.Quotation.Text).StartsWith(j.Item2, StringComparison.Ordinal)).ToList())).ToList();
        var unjudged = found.Where(f => !matched.Any(m => m.Found.Contains(f))).ToList();
        var credited = found.Count(f => f.Quotation.Speaker is not null);
        var correct = matched.Count(m => m.Found.Count == 1 && m.Judged.Item3 is not null && m.Found[0].Quotation.Speaker?.Speaker.Id == m.Judged.Item3);
        var wrong = matched.Count(m => m.Found.Count == 1 && m.Found[0].Quotation.Speaker is { } s && s.Speaker.Id != m.Judged.Item3)
            + unjudged.Count(f => f.Quotation.Speaker is not null);
        var withSpeaker = judged.Count(j => j.Item3 is not null);
        var precision = credited == 0 ? 1 : (double)correct / credited;
        var recall = (double)correct / withSpeaker;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Quotations judged: {judged.Count} ({withSpeaker} with a speaker); found by the site: {found.Count} ({unjudged.Count} not in the table); found of the judged: {matched.Count(m => m.Found.Count == 1)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Credited: {credited}; correct: {correct}; wrong: {wrong}; precision {precision:P1}; recall {recall:P1}"));
        output.WriteLine($"Quoted spans left out as titles, terms or scare quotes: {leftOut.Count}: {string.Join(" | ", leftOut)}");
        foreach (var (j, f) in matched)
        {
            output.WriteLine($"  {j.Item1} «{j.Item2}…» judged {j.Item3 ?? "nobody"}, site {(f.Count == 1 ? f[0].Quotation.Speaker?.Speaker.Id ?? "nobody" : $"{f.Count} matches")} ({(f.Count == 1 ? f[0].Quotation.Kind : default)})");
        }

        Assert.All(matched, m => Assert.Single(m.Found));
        Assert.Empty(unjudged);
        Assert.Equal(0, wrong);
        Assert.Equal(1.0, precision);
        Assert.True(recall >= 0.9, $"recall {recall:P1}");
    }

    // The site's text has typographic apostrophes; the table is typed with straight ones.
    private static string Plain(string text) => text.Replace('\u2019', '\'');
}
