using System.Text.RegularExpressions;
using IprArchive.Bench.Corpus;
using IprArchive.Content;
using IprArchive.Diagnostics;

namespace IprArchive.Bench.Tests;

/// <summary>
/// The corpus generator: byte-identical output for a seed, records the build accepts in the
/// schema editors use, and a query file of every form over them.
/// </summary>
public sealed partial class CorpusGeneratorTests : IClassFixture<CorpusGeneratorTests.Generated>
{
    private readonly Generated _generated;

    public CorpusGeneratorTests(Generated generated) => _generated = generated;

    /// <summary>One 600-record corpus (seed 42) shared by the tests that only read it.</summary>
    public sealed class Generated : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Generated()
        {
            Corpus = CorpusGenerator.Generate(new CorpusRequest(600, 42, Path.Combine(_folder.Root, "corpus"), TempFolder.BundledInput()));
            Content = ContentLoader.Load(Corpus.InputDirectory);
        }

        public BenchCorpus Corpus { get; }

        public ContentSet Content { get; }

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_records()
    {
        using var folder = new TempFolder();
        string Generate(string name, int seed) => CorpusGenerator.Generate(new CorpusRequest(120, seed, Path.Combine(folder.Root, name), TempFolder.BundledInput())).InputDirectory;

        var first = Files(Generate("a", 7));
        var again = Files(Generate("b", 7));
        var other = Files(Generate("c", 8));

        Assert.Equal(first.Keys, again.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, again[f.Key]));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Root, "a", "queries.txt")), File.ReadAllBytes(Path.Combine(folder.Root, "b", "queries.txt")));
        Assert.NotEqual(first.Keys.Where(k => k.StartsWith("announcements", StringComparison.Ordinal)), other.Keys.Where(k => k.StartsWith("announcements", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_build_reads_every_record_without_an_error_and_every_speaker_and_organisation_is_registered()
    {
        var content = _generated.Content;

        Assert.Empty(content.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        Assert.Equal(600, content.Announcements.Count);
        Assert.DoesNotContain(content.Diagnostics, d => d.Code is "IPR030" or "IPR031" or "IPR032" or "IPR033");
        Assert.All(content.Announcements, a =>
        {
            Assert.NotEmpty(a.Speakers);
            Assert.All(a.Speakers, s => Assert.True(s.Speaker.IsRegistered && s.Organization is { IsRegistered: true } && s.Role is not null, a.SourcePath));
            Assert.NotEmpty(a.Topics);
            Assert.False(string.IsNullOrEmpty(a.Summary), a.SourcePath);
            Assert.NotNull(a.Source?.Url);
            Assert.NotNull(a.Event);
        });
    }

    [Fact]
    public void Plan_periods_are_on_a_share_of_records_and_in_force_at_their_dates()
    {
        var planned = _generated.Content.Announcements.Where(a => a.Plan is not null).ToList();

        Assert.InRange(planned.Count, 60, 360);
        Assert.All(planned, a => Assert.InRange(a.Date.Year, a.Plan!.StartYear!.Value, a.Plan.EndYear!.Value));
        Assert.Contains(planned, a => a.Plan!.Id.EndsWith("five-year-plan", StringComparison.Ordinal));
        Assert.Contains(planned, a => !a.Plan!.Id.EndsWith("five-year-plan", StringComparison.Ordinal));
    }

    [Fact]
    public void About_three_percent_are_chinese_records_by_chinese_offices_with_chinese_text()
    {
        var chinese = _generated.Content.Announcements.Where(a => a.Language == "zh").ToList();

        Assert.InRange(chinese.Count, 6, 36);
        Assert.Equal(chinese.Count, _generated.Corpus.ChineseRecords);
        Assert.All(chinese, a =>
        {
            Assert.Matches(HanRun(), a.Title);
            Assert.Contains(a.Speakers[0].Organization!.Id, new[] { "cnipa", "scio" });
        });
    }

    [Fact]
    public void Titles_repeat_and_a_repeated_slug_in_a_year_gets_the_file_name_as_slug()
    {
        var announcements = _generated.Content.Announcements;

        Assert.Contains(announcements.GroupBy(a => a.Title), g => g.Count() > 1);
        Assert.Equal(announcements.Count, announcements.Select(a => a.Url).Distinct().Count());
        Assert.True(_generated.Corpus.SlugsAdded > 0);
        Assert.Equal(_generated.Corpus.SlugsAdded, announcements.Count(a => Path.GetFileNameWithoutExtension(a.SourcePath) == a.Slug));
    }

    [Fact]
    public void Bodies_have_headings_lists_and_quoted_statements_and_speaker_popularity_is_skewed()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(_generated.Corpus.InputDirectory, "announcements"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();

        Assert.All(texts.Where(t => t.Contains("language: en", StringComparison.Ordinal)), t => Assert.Contains("\n## ", t, StringComparison.Ordinal));
        Assert.True(texts.Count(t => t.Contains("\n- ", StringComparison.Ordinal)) > 100);
        Assert.True(texts.Count(t => Statement().IsMatch(t)) > 100);
        var perSpeaker = _generated.Content.Announcements.SelectMany(a => a.Speakers).GroupBy(s => s.Speaker.Id).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(perSpeaker[0] >= 8 * perSpeaker[perSpeaker.Count / 2], $"top speaker {perSpeaker[0]} records, median {perSpeaker[perSpeaker.Count / 2]}");
    }

    [Fact]
    public void Vocabulary_keeps_growing_with_the_number_of_records()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var growth = new List<int>();
        foreach (var (a, i) in _generated.Content.Announcements.OrderBy(a => a.SourcePath, StringComparer.Ordinal).Select((a, i) => (a, i)))
        {
            foreach (var w in File.ReadAllText(Path.Combine(_generated.Corpus.InputDirectory, a.SourcePath)).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(w.ToLowerInvariant());
            }

            if (i is 149 or 299 or 599)
            {
                growth.Add(words.Count);
            }
        }

        // Heaps' law: fewer new words per record as the corpus grows, but new words all the same.
        Assert.True(growth[1] > growth[0] * 1.2 && growth[2] > growth[1] * 1.2, string.Join(", ", growth));
    }

    [Fact]
    public void The_query_file_holds_over_a_thousand_queries_of_every_form()
    {
        var queries = File.ReadAllLines(_generated.Corpus.QueriesFile);

        Assert.True(queries.Length >= 1000, $"{queries.Length} queries");
        Assert.All(queries, q => Assert.False(string.IsNullOrWhiteSpace(q)));
        Assert.Contains(queries, q => q.StartsWith('"') && q.EndsWith('"'));
        Assert.Contains(queries, q => q.Contains(" AND ", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains(" OR ", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains(" -", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.StartsWith("title:", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.StartsWith("speaker:", StringComparison.Ordinal));
        Assert.Contains(queries, q => HanRun().IsMatch(q));
        Assert.Contains(queries, q => !q.Contains(' ', StringComparison.Ordinal) && !q.Contains(':', StringComparison.Ordinal));
        // Any prefix is a mix, so the bench's first 200 hold several forms.
        Assert.Contains(queries.Take(200), q => q.StartsWith('"'));
        Assert.Contains(queries.Take(200), q => HanRun().IsMatch(q));
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2}")]
    private static partial Regex HanRun();

    [GeneratedRegex("\n(> |\"[^\"\n]+,\" [A-Z][a-z]+ said\\.)")]
    private static partial Regex Statement();
}
