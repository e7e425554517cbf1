using System.Collections.Concurrent;
using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Views;
using IprArchive.Rendering;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>The services every site module shares during one build (registered with the engine).</summary>
public sealed class SiteContext
{
    private readonly AtomicOutputDirectory? _output;
    private SiteIndex? _index;
    private readonly Lock _statementsLock = new();
    private StatementIndex? _statements;

    /// <summary>Creates the context of one build; <paramref name="output"/> is null for incremental preview updates, which write files their own way.</summary>
    public SiteContext(ContentSet content, SiteSettings settings, SiteUrls urls, ThemeFiles theme, AtomicOutputDirectory? output)
        : this(content, settings, urls, theme, output, new MarkdownRenderer(urls.Host, urls.BasePath, settings.ImageHosts), new TemplateRenderer(theme, urls))
    {
    }

    private SiteContext(ContentSet content, SiteSettings settings, SiteUrls urls, ThemeFiles theme, AtomicOutputDirectory? output, MarkdownRenderer markdown, TemplateRenderer templates)
    {
        Content = content;
        Settings = settings;
        Urls = urls;
        Theme = theme;
        _output = output;
        Markdown = markdown;
        Templates = templates;
    }

    /// <summary>
    /// The context of a preview update after this build: new content, the same settings, theme and
    /// renderers. Reusing the renderers matters: Fluid compiles its accessors for every model type
    /// on first use, which would cost each update more than the pages it writes.
    /// </summary>
    public SiteContext ForUpdate(ContentSet content) => new(content, Settings, Urls, Theme, output: null, Markdown, Templates);

    /// <summary>The loaded input.</summary>
    public ContentSet Content { get; }

    /// <summary>Settings, with the base path of this build applied.</summary>
    public SiteSettings Settings { get; }

    /// <summary>Link and absolute-URL rules.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Theme overlay.</summary>
    public ThemeFiles Theme { get; }

    /// <summary>Where files are written.</summary>
    public AtomicOutputDirectory Output => _output ?? throw new InvalidOperationException("This build context writes no files through the staging folder.");

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

    /// <summary>
    /// Every record's quotations: set once by the Statements pipeline from the bodies the Content
    /// pipeline rendered. A run without that pipeline (an incremental update) gets an index built
    /// from the published records on first use, so speaker pages never lose their statements.
    /// </summary>
    public StatementIndex Statements
    {
        get
        {
            lock (_statementsLock)
            {
                return _statements ??= IndexFromScratch();
            }
        }

        set
        {
            lock (_statementsLock)
            {
                _statements = _statements is null ? value : throw new InvalidOperationException("The statement index is built once.");
            }
        }
    }

    private StatementIndex IndexFromScratch() => new(Index.Newest.AsParallel().Select(a => (a, RecordQuotations.Of(a, RenderBody(a)))));

    /// <summary>
    /// Renders a record's body, read from its file. Pages, feeds and search each render the bodies
    /// they need when they need them: holding every rendered body until the output phase would
    /// grow the build's memory with the archive (gigabytes at 100,000 records).
    /// </summary>
    public RenderedMarkdown RenderBody(Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        try
        {
            return Markdown.Render(announcement.Body.Read(), AnnouncementViews.SafeHttpUrl(announcement.Source?.Url));
        }
        catch (MarkdownTooDeepException ex)
        {
            throw new BuildFailureException(QuotationCheck.TooDeep(announcement, ex));
        }
    }

    /// <summary>Site-wide values for layouts.</summary>
    public SiteView SiteView => new(
        Settings.Title,
        Settings.Description,
        Settings.Language,
        Urls.BasePath,
        [.. new[] { ArchiveKind.Year, ArchiveKind.Speaker, ArchiveKind.Organization, ArchiveKind.Plan, ArchiveKind.Topic }
            .Select(k => new LinkView(Archive.SectionTitle(k), Archive.SectionUrl(k)))],
        ContentSecurityPolicy: SiteView.PolicyFor(Settings.ImageHosts));
}
