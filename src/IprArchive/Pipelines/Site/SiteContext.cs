using System.Collections.Concurrent;
using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Output;
using IprArchive.Pipelines.Views;
using IprArchive.Rendering;

namespace IprArchive.Pipelines.Site;

/// <summary>The services every site module shares during one build (registered with the engine).</summary>
public sealed class SiteContext
{
    private SiteIndex? _index;

    /// <summary>Creates the context of one build.</summary>
    public SiteContext(ContentSet content, SiteSettings settings, SiteUrls urls, ThemeFiles theme, AtomicOutputDirectory output)
    {
        Content = content;
        Settings = settings;
        Urls = urls;
        Theme = theme;
        Output = output;
        Markdown = new MarkdownRenderer(urls.Host, urls.BasePath);
        Templates = new TemplateRenderer(theme, urls);
    }

    /// <summary>The loaded input.</summary>
    public ContentSet Content { get; }

    /// <summary>Settings, with the base path of this build applied.</summary>
    public SiteSettings Settings { get; }

    /// <summary>Link and absolute-URL rules.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Theme overlay.</summary>
    public ThemeFiles Theme { get; }

    /// <summary>Where files are written.</summary>
    public AtomicOutputDirectory Output { get; }

    /// <summary>Files written so far, per pipeline.</summary>
    public ConcurrentDictionary<string, int> FilesWritten { get; } = new(StringComparer.Ordinal);

    /// <summary>Markdown to safe HTML.</summary>
    public MarkdownRenderer Markdown { get; }

    /// <summary>Liquid layouts.</summary>
    public TemplateRenderer Templates { get; }

    /// <summary>The grouped announcements; set once by the Data pipeline, read by its dependents.</summary>
    public SiteIndex Index
    {
        get => _index ?? throw new InvalidOperationException("The Data pipeline has not built the site index yet.");
        set => _index = _index is null ? value : throw new InvalidOperationException("The site index is built once.");
    }

    /// <summary>Site-wide values for layouts.</summary>
    public SiteView SiteView => new(
        Settings.Title,
        Settings.Description,
        Settings.Language,
        Urls.BasePath,
        [.. new[] { ArchiveKind.Year, ArchiveKind.Speaker, ArchiveKind.Organization, ArchiveKind.Plan, ArchiveKind.Topic }
            .Select(k => new LinkView(Archive.SectionTitle(k), Archive.SectionUrl(k)))]);
}
