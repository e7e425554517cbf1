using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// The site pipelines of <see cref="SitePipelines"/>, same names and modules, arranged for an
/// update: records keep their rendered bodies, only affected announcement pages are prepared,
/// archives, feeds and redirects are modelled in full (cheap) but rendered and written only where
/// the change reaches, and the statements export and sitemap are rewritten where they differ.
/// Keep it in step with <see cref="SitePipelines.Create"/>: the tests compare an updated site with
/// a full build byte for byte. Assets and extra pipelines
/// (search) are not part of it: a change to them takes a full build.
/// </summary>
internal static class IncrementalPipelines
{
    /// <summary>Pipelines whose files an update can add, rewrite or delete.</summary>
    public static readonly IReadOnlyList<string> Owned =
        [SitePipelines.Content, SitePipelines.Statements, SitePipelines.Archives, SitePipelines.Feeds, SitePipelines.Redirects];

    /// <summary>The pipelines of one update; <paramref name="site"/> and <paramref name="scope"/> are the run's services.</summary>
    public static IReadOnlyList<Pipeline> Create(SiteContext site, UpdateScope scope)
    {
        var inputs = new Pipeline(SitePipelines.Inputs);
        inputs.Input.Add(new ReadAnnouncements());
        inputs.Process.Add(new AttachBodies());

        var data = new Pipeline(SitePipelines.Data);
        data.Dependencies.Add(SitePipelines.Inputs);
        data.Process.Add(new BuildSiteIndex(SitePipelines.Inputs));

        var content = new Pipeline(SitePipelines.Content);
        content.Dependencies.AddRange([SitePipelines.Inputs, SitePipelines.Data]);
        content.Process.AddRange([new ReadFrom(SitePipelines.Inputs), new OnlyAffected(), new PrepareAnnouncementPage()]);
        content.Output.Add(new WriteChangedFiles());

        var statements = new Pipeline(SitePipelines.Statements);
        statements.Dependencies.Add(SitePipelines.Inputs);
        statements.Process.Add(new IndexStatements(SitePipelines.Inputs));
        statements.Output.AddRange([new NoteDestinations(), new WriteChangedFiles()]);

        var archives = new Pipeline(SitePipelines.Archives);
        archives.Dependencies.AddRange([SitePipelines.Data, SitePipelines.Statements]);
        archives.Process.Add(new CreateArchivePages(modelled: path => scope.Affected(site).Contains(path)));
        archives.Output.AddRange([new OnlyAffected(), new WriteChangedFiles()]);

        var feeds = new Pipeline(SitePipelines.Feeds);
        feeds.Dependencies.AddRange([SitePipelines.Inputs, SitePipelines.Data]);
        feeds.Process.Add(new CreateFeeds(SitePipelines.Inputs));
        feeds.Output.AddRange([new OnlyAffected(), new WriteChangedFiles()]);

        var redirects = new Pipeline(SitePipelines.Redirects);
        redirects.Dependencies.Add(SitePipelines.Inputs);
        redirects.Process.Add(new CreateRedirects(SitePipelines.Inputs));
        redirects.Output.AddRange([new OnlyAffected(), new WriteChangedFiles()]);

        var sitemap = new Pipeline(SitePipelines.Sitemap);
        sitemap.Dependencies.AddRange([SitePipelines.Inputs, SitePipelines.Archives]);
        sitemap.PostProcess.Add(new CreateSitemap(SitePipelines.Inputs, SitePipelines.Archives));
        sitemap.Output.Add(new WriteChangedFiles());

        return [inputs, data, content, statements, archives, feeds, redirects, sitemap];
    }
}
