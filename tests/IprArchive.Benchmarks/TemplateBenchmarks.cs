using BenchmarkDotNet.Attributes;
using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Output;
using IprArchive.Pipelines.Site;
using IprArchive.Pipelines.Views;
using IprArchive.Rendering;
using IprArchive.Statements;

namespace IprArchive.Benchmarks;

/// <summary>Rendering announcement pages with the theme's Liquid layouts (page model built beforehand).</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private string _scratch = "";
    private AtomicOutputDirectory? _output;
    private SiteContext? _context;
    private PageModel[] _models = [];

    [GlobalSetup]
    public void Setup()
    {
        var site = SampleSite.Instance;
        var repository = Path.GetDirectoryName(site.InputDirectory)!;
        _scratch = Path.Combine(Path.GetTempPath(), $"iprarchive-bench-templates-{Environment.ProcessId}");
        _output = AtomicOutputDirectory.Begin(_scratch, [site.InputDirectory]);
        var settings = site.Content.Settings;
        _context = new SiteContext(site.Content, settings, new SiteUrls(settings.BaseUrl), new ThemeFiles(Path.Combine(repository, "theme"), site.InputDirectory), _output);
        var index = new SiteIndex(site.Content.Published);
        _models = [.. site.Content.Published.Select(a => Model(a, index, _context))];
    }

    /// <summary>The page model as PrepareAnnouncementPage builds it.</summary>
    private static PageModel Model(Announcement announcement, SiteIndex index, SiteContext context)
    {
        var body = context.Markdown.Render(announcement.Body.Read());
        return PageModels.Announcement(announcement, body, RecordQuotations.Of(announcement, body), index, context);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _output?.Dispose();
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    /// <summary><c>TemplateRenderer.RenderPage("announcement", …)</c> with the site shell.</summary>
    [Benchmark(OperationsPerInvoke = SampleSite.RecordCount)]
    public int AnnouncementPage_PerRecord()
    {
        var length = 0;
        foreach (var model in _models)
        {
            length += _context!.Templates.RenderPage("announcement", model).Length;
        }

        return length;
    }
}
