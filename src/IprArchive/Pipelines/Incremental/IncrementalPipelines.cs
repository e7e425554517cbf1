using IprArchive.Pipelines.Engine;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// The site pipelines of <see cref="SitePipelines"/>, same definition, run for an update: records
/// keep the quotations of the last good build unless they changed, and announcement pages,
/// archives, feeds and redirects are rendered and written only where the change reaches; the
/// statements export and the sitemap are rewritten where they differ. Theme assets and extra
/// pipelines (search) are not part of it: a change to them takes a full build.
/// </summary>
internal static class IncrementalPipelines
{
    /// <summary>Pipelines whose files an update can add, rewrite or delete.</summary>
    public static readonly IReadOnlyList<string> Owned =
        [SitePipelines.Content, SitePipelines.Statements, SitePipelines.Archives, SitePipelines.Feeds, SitePipelines.Redirects, SitePipelines.Sitemap];

    private static readonly SiteRun Update = new(
        () => new AttachBodies(),
        () => [new NoteDestinations(), new WriteChangedFiles()],
        () => [new OnlyAffected(), new WriteChangedFiles()],
        WithAssets: false);

    /// <summary>The pipelines of one update (the run's services are its <c>SiteContext</c> and <see cref="UpdateScope"/>).</summary>
    public static IReadOnlyList<Pipeline> Create() => SitePipelines.Create(Update);
}
