using System.Collections.Concurrent;
using IprArchive.Content;
using IprArchive.Facets;
using IprArchive.Markdown;
using IprArchive.Output;
using IprArchive.Pipelines.Records;
using IprArchive.Pipelines.Views;
using IprArchive.Rendering;

namespace IprArchive.Pipelines.Site;

/// <summary>The services every site module shares during one build (registered with the engine).</summary>
public sealed class SiteContext
{
    private readonly AtomicOutputDirectory? _output;

    /// <summary>
    /// Creates the context of one build; <paramref name="output"/> is null for incremental preview
    /// updates, which write files their own way. Bodies past the store's limit spill into
    /// <paramref name="bodies"/>'s folder (by default, the staging folder's scratch space).
    /// The archive pages and the search index are made for <paramref name="facets"/> (by default
    /// <see cref="FacetCatalogue.Default"/>).
    /// </summary>
    public SiteContext(ContentSet content, SiteSettings settings, SiteUrls urls, ThemeFiles theme, AtomicOutputDirectory? output, BodyStore? bodies = null, FacetCatalogue? facets = null)
        : this(content, settings, urls, theme, output, new MarkdownRenderer(urls.Host, urls.BasePath, settings.ImageHosts), new TemplateRenderer(theme, urls),
            bodies ?? new BodyStore(output is null ? null : Path.Combine(output.ScratchPath, "bodies")), facets ?? FacetCatalogue.Default)
    {
    }

    private SiteContext(ContentSet content, SiteSettings settings, SiteUrls urls, ThemeFiles theme, AtomicOutputDirectory? output, MarkdownRenderer markdown, TemplateRenderer templates, BodyStore bodies, FacetCatalogue facets)
    {
        Facets = facets;
        Content = content;
        Settings = settings;
        Urls = urls;
        Theme = theme;
        _output = output;
        Markdown = markdown;
        Templates = templates;
        Bodies = bodies;
        Compiler = new RecordCompiler(markdown, bodies);
    }

    /// <summary>
    /// The context of a preview update after this build: new content, the same settings, theme,
    /// renderers and body store. Reusing the renderers matters: Fluid compiles its accessors for
    /// every model type on first use, which would cost each update more than the pages it writes.
    /// </summary>
    public SiteContext ForUpdate(ContentSet content) => new(content, Settings, Urls, Theme, output: null, Markdown, Templates, Bodies, Facets);

    /// <summary>The facets the site groups its records by and the search index counts.</summary>
    public FacetCatalogue Facets { get; }

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

    /// <summary>Compiles each record once, in the Inputs pipeline (nothing else renders Markdown).</summary>
    public RecordCompiler Compiler { get; }

    /// <summary>Where the compiled records' rendered bodies are kept.</summary>
    public BodyStore Bodies { get; }

    /// <summary>Liquid layouts.</summary>
    public TemplateRenderer Templates { get; }

    /// <summary>Site-wide values for layouts.</summary>
    public SiteView SiteView => new(
        Settings.Title,
        Settings.Description,
        Settings.Language,
        Urls.BasePath,
        [.. Facets.WithPages.Select(k => new LinkView(Archive.SectionTitle(k), Archive.SectionUrl(k)))],
        ContentSecurityPolicy: SiteView.PolicyFor(Settings.ImageHosts, SearchFallback),
        SearchFallback: SearchFallback);

    private SearchFallbackView? SearchFallback => SearchFallbackView.For(Settings.SearchFallbackEngine, Settings.BaseUrl);
}
