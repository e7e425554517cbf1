using BenchmarkDotNet.Attributes;
using IprArchive.Diagnostics;
using IprArchive.Markdown;

namespace IprArchive.Benchmarks;

/// <summary>Reading records: front matter (YAML, cascade, registry lookups) and the Markdown body to HTML.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private readonly SampleSite _site = SampleSite.Instance;
    private readonly MarkdownRenderer _markdown = new("iprarchive.example.org", "/");
    private string[] _bodies = [];

    [GlobalSetup]
    public void Setup() => _bodies = [.. _site.Content.Announcements.Select(a => a.Body.Read())];

    /// <summary><c>AnnouncementReader.Parse</c> over the sample records.</summary>
    [Benchmark(OperationsPerInvoke = SampleSite.RecordCount)]
    public int FrontMatterParse_PerRecord()
    {
        var parsed = 0;
        foreach (var (file, text) in _site.Records)
        {
            parsed += _site.Reader.Parse(text, file, new DiagnosticBag()) is null ? 0 : 1;
        }

        return parsed == _site.Records.Count ? parsed : throw new InvalidOperationException($"{_site.Records.Count - parsed} sample records did not parse.");
    }

    /// <summary><c>MarkdownRenderer.Render</c> (Markdig + sanitiser + paragraph anchors) over the sample bodies.</summary>
    [Benchmark(OperationsPerInvoke = SampleSite.RecordCount)]
    public int MarkdownRender_PerRecord()
    {
        var length = 0;
        foreach (var body in _bodies)
        {
            length += _markdown.Render(body).Html.Length;
        }

        return length;
    }
}
