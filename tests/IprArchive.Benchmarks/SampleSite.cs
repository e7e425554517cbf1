using IprArchive.Content;
using IprArchive.Content.Registries;
using IprArchive.Diagnostics;
using IprArchive.Markdown;
using IprArchive.Search;

namespace IprArchive.Benchmarks;

/// <summary>
/// The bundled input (31 real records with their registries), loaded once per benchmark process:
/// the same text every run, so numbers compare across commits.
/// </summary>
public sealed class SampleSite
{
    /// <summary>Records in the bundled input; benchmarks report time per record with it.</summary>
    public const int RecordCount = 31;

    private static readonly Lazy<SampleSite> Loaded = new(() => new SampleSite(FindInput()));

    private SampleSite(string input)
    {
        InputDirectory = input;
        var diagnostics = new DiagnosticBag();
        var tree = InputTree.Scan(input, diagnostics);
        Reader = new AnnouncementReader(
            RegistryLoader.Load(tree.Root, diagnostics),
            SettingsCascade.Load(tree.Root, tree.DirectoryFiles, diagnostics));
        Records = [.. tree.Records.Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(Path.Combine(tree.Root, f))))];
        Content = ContentLoader.Load(input);
        if (Content.HasErrors || Content.Published.Count() != RecordCount || Records.Count != RecordCount)
        {
            throw new InvalidOperationException($"The bundled input at {input} does not load cleanly into {RecordCount} published records: update RecordCount when the sample changes.");
        }
    }

    /// <summary>The loaded sample.</summary>
    public static SampleSite Instance => Loaded.Value;

    /// <summary>The <c>input/</c> folder of the repository.</summary>
    public string InputDirectory { get; }

    /// <summary>A reader with the sample's registries and settings.</summary>
    public AnnouncementReader Reader { get; }

    /// <summary>Each record's input-relative path and text.</summary>
    public IReadOnlyList<(string File, string Text)> Records { get; }

    /// <summary>The whole content set, as the build sees it.</summary>
    public ContentSet Content { get; }

    /// <summary>
    /// Search documents for <paramref name="copies"/> copies of every record (distinct URLs and
    /// shifted dates), so index and export work on more than 31 documents.
    /// </summary>
    public IReadOnlyList<SearchDocument> SearchDocuments(int copies)
    {
        var markdown = new MarkdownRenderer();
        var documents = new List<SearchDocument>();
        foreach (var a in Content.Announcements)
        {
            var paragraphs = markdown.Render(a.Body.Read()).Paragraphs.Select(p => p.Text).ToList();
            for (var copy = 0; copy < copies; copy++)
            {
                documents.Add(new SearchDocument
                {
                    Url = $"{a.Url}{copy}/",
                    Title = a.Title,
                    Date = a.Date.AddDays(-copy),
                    Language = a.Language,
                    Summary = a.Summary ?? "",
                    Paragraphs = paragraphs,
                    Speakers = [.. a.Speakers.Select(s => new SearchEntity(s.Speaker.Id, s.Speaker.Name, s.Speaker.Aliases))],
                    Organizations = [.. a.Organizations.Select(o => new SearchEntity(o.Id, o.DisplayName, [.. o.AllNames]))],
                    Topics = [.. a.Topics.Select(t => t.Name)],
                    Plan = a.Plan is { } p ? new SearchEntity(p.Id, p.Name, p.Aliases) : null,
                    Event = a.Event,
                });
            }
        }

        return documents;
    }

    /// <summary>The repository's <c>input/</c>, found above the running binary (BenchmarkDotNet runs it from a generated folder under bin/).</summary>
    private static string FindInput()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IprArchive.sln")))
            {
                return Path.Combine(dir.FullName, "input");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: no IprArchive.sln above " + AppContext.BaseDirectory);
    }
}
