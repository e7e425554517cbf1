using System.Diagnostics;
using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;
using IprArchive.Pipelines.Records;
using IprArchive.Pipelines.Site;
using IprArchive.Rendering;

namespace IprArchive.Pipelines;

/// <summary>What <c>iprarchive build</c> asks for.</summary>
public sealed record BuildOptions
{
    /// <summary>The input folder (records, data, settings, theme overrides).</summary>
    public required string InputDirectory { get; init; }

    /// <summary>The folder the site is written to; replaced atomically on success.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// The site's theme folder (layouts, partials, assets), whose files replace the built-in
    /// theme's; null for the built-in theme alone.
    /// </summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>Overrides the base path of <c>settings.yml</c>'s <c>base_url</c> (e.g. <c>/repo/</c>).</summary>
    public string? BasePath { get; init; }

    /// <summary>Called after each phase of each pipeline (may be called from several threads).</summary>
    public Action<PipelineProgress>? Progress { get; init; }

    /// <summary>More pipelines to run with the site's (the search index).</summary>
    public IReadOnlyList<Pipeline> ExtraPipelines { get; init; } = [];

    /// <summary>More services modules can ask for with <see cref="PipelineContext.Get{T}"/>.</summary>
    public IReadOnlyList<object> ExtraServices { get; init; } = [];

    /// <summary>The facets the archive pages and the search index are made for (by default <see cref="global::IprArchive.Facets.FacetCatalogue.Default"/>).</summary>
    public global::IprArchive.Facets.FacetCatalogue? Facets { get; init; }

    /// <summary>Rendered bodies kept in memory before the rest spill to files in the staging folder (<see cref="BodyStore"/>).</summary>
    internal int BodiesInMemory { get; init; } = BodyStore.DefaultInMemoryLimit;

}

/// <summary>The outcome of a build.</summary>
/// <param name="Succeeded">True when the new site was swapped in.</param>
/// <param name="Diagnostics">Every problem found (warnings included), sorted.</param>
/// <param name="FilesByPipeline">Files written per pipeline.</param>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Elapsed">Wall time of the build.</param>
/// <param name="OutputDirectory">Full path of the output folder.</param>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> FilesByPipeline,
    int Pages,
    TimeSpan Elapsed,
    string OutputDirectory)
{
    /// <summary>All files written.</summary>
    public int Files => FilesByPipeline.Values.Sum();
}

/// <summary>
/// The façade of <c>iprarchive build</c>: loads the input, runs the site pipelines into a staging
/// folder and swaps it in as the output only when there is no error. Problems are returned as
/// diagnostics, never thrown; cancellation leaves the previous output as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Folder of the spilled record bodies (<see cref="BodyStore"/>), under the staging scratch or private folder.</summary>
    private const string BodiesFolder = "bodies";

    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        (await BuildKeepingStateAsync(options, [], cancellationToken, keepBodies: false)).Result;

    /// <summary>
    /// Builds like <see cref="BuildAsync"/> and, on success, also returns what the build loaded and
    /// produced, so that a preview session can update the site incrementally from there (its caches
    /// are passed in <paramref name="sessionServices"/>). With <paramref name="keepBodies"/>, bodies
    /// spilled to files stay in the output's private folder after the build (a session reads them
    /// back); otherwise they go with the staging scratch.
    /// </summary>
    internal static async Task<(BuildResult Result, BuiltSite? Site)> BuildKeepingStateAsync(
        BuildOptions options, IReadOnlyList<object> sessionServices, CancellationToken cancellationToken, bool keepBodies = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var outputDirectory = Path.GetFullPath(options.OutputDirectory);
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(options.InputDirectory);
        diagnostics.AddRange(content.Diagnostics);
        if (content.HasErrors)
        {
            return (Result(false, diagnostics, new Dictionary<string, int>(), clock, outputDirectory), null);
        }

        var settings = options.BasePath is null ? content.Settings : content.Settings.WithBasePath(options.BasePath);
        AtomicOutputDirectory output;
        try
        {
            output = AtomicOutputDirectory.Begin(outputDirectory, new[] { options.InputDirectory, options.ThemeDirectory, BuiltInTheme.Directory }.OfType<string>());
        }
        catch (Exception ex) when (ex is OutputDirectoryRefusedException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Codes.OutputRefused.Code, Severity.Error, outputDirectory, 0, 0, ex.Message));
            return (Result(false, diagnostics, new Dictionary<string, int>(), clock, outputDirectory), null);
        }

        using (output)
        {
            var bodies = new BodyStore(Path.Combine(keepBodies ? output.StagingPrivatePath : output.ScratchPath, BodiesFolder), options.BodiesInMemory);
            var site = new SiteContext(content, settings, new SiteUrls(settings.BaseUrl), new ThemeFiles(options.ThemeDirectory, options.InputDirectory), output, bodies, options.Facets);
            var pipelines = SitePipelines.Create().Concat(options.ExtraPipelines).ToList();
            var outputs = await PipelineEngine.ExecuteAsync(pipelines, [site, .. sessionServices, .. options.ExtraServices], diagnostics, options.Progress, cancellationToken);
            var written = site.FilesWritten.ToDictionary();
            if (diagnostics.HasErrors)
            {
                return (Result(false, diagnostics, written, clock, outputDirectory), null);
            }

            output.Commit();
            bodies.MovedTo(Path.Combine(outputDirectory, AtomicOutputDirectory.PrivateFolder, BodiesFolder));
            var result = Result(true, diagnostics, written, clock, outputDirectory, output.WrittenPaths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)));
            foreach (var observer in options.ExtraServices.OfType<IOutputObserver>())
            {
                observer.Committed(outputDirectory);
            }

            return (result, new BuiltSite(content, outputs, site));
        }
    }

    private static BuildResult Result(bool ok, DiagnosticBag diagnostics, IReadOnlyDictionary<string, int> written, Stopwatch clock, string output, int pages = 0) =>
        new(ok, [.. diagnostics.ToSortedList().Distinct()], written, pages, clock.Elapsed, output);
}

/// <summary>What a successful full build loaded and produced: the documents of every pipeline.</summary>
/// <param name="Content">The loaded input.</param>
/// <param name="Outputs">The documents of each pipeline's last phase (destinations, metadata; no rendered HTML).</param>
/// <param name="Site">The build's context, whose warmed-up renderers later updates reuse.</param>
internal sealed record BuiltSite(
    ContentSet Content,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs,
    SiteContext Site);

/// <summary>
/// A service (in <see cref="BuildOptions.ExtraServices"/>) told when a full build's output was
/// swapped in: a preview's search export reads it back then, ready for the first update.
/// </summary>
public interface IOutputObserver
{
    /// <summary>The output folder now holds a fully built site.</summary>
    void Committed(string outputDirectory);
}
