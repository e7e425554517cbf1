using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines;

/// <summary>
/// The pipelines that make the site, named as in Statiq.Web. Other features add their own
/// (the search index depends on <see cref="Content"/> and reads each document's compiled
/// record, <see cref="MetadataKeys.Record"/>).
/// </summary>
public static class SitePipelines
{
    /// <summary>Published announcements as documents, each compiled once (<see cref="MetadataKeys.Record"/>): the only pipeline that renders Markdown.</summary>
    public const string Inputs = "Inputs";

    /// <summary>The site index: announcements grouped by speaker, organisation, plan, topic, year.</summary>
    public const string Data = "Data";

    /// <summary>Announcement pages: page model and layout, rendered (body included) as each page is written.</summary>
    public const string Content = "Content";

    /// <summary>Every record's quotations indexed for speaker pages, and <c>statements.json</c>.</summary>
    public const string Statements = "Statements";

    /// <summary>Home, section indexes, paginated archives (with their statements), search and 404 pages.</summary>
    public const string Archives = "Archives";

    /// <summary>Atom and JSON feeds.</summary>
    public const string Feeds = "Feeds";

    /// <summary>Theme assets (CSS, JS), with input overrides.</summary>
    public const string Assets = "Assets";

    /// <summary>Pages for <c>redirect_from</c>.</summary>
    public const string Redirects = "Redirects";

    /// <summary><c>sitemap.xml</c> and <c>robots.txt</c>.</summary>
    public const string Sitemap = "Sitemap";

    /// <summary>
    /// Creates the site's pipelines. Full builds and preview updates run this one definition: an
    /// update registers its caches with the engine (<see cref="Records.RecordCache"/>,
    /// <see cref="Incremental.LiveOutput"/>) and the same modules then compile only the changed
    /// records and write only what changed, so an updated site cannot drift from a fully built one.
    /// </summary>
    public static IReadOnlyList<Pipeline> Create()
    {
        var inputs = new Pipeline(Inputs);
        inputs.Input.Add(new ReadAnnouncements());
        inputs.Process.Add(new CompileRecords());

        var data = new Pipeline(Data);
        data.Dependencies.Add(Inputs);
        data.Process.Add(new BuildSiteIndex(Inputs));

        var content = new Pipeline(Content);
        content.Dependencies.AddRange([Inputs, Data]);
        content.Process.AddRange([new ReadFrom(Inputs), new PrepareAnnouncementPage(Data)]);
        content.Output.Add(new WriteFiles());

        var statements = new Pipeline(Statements);
        statements.Dependencies.Add(Inputs);
        statements.Process.Add(new IndexStatements(Inputs));
        statements.Output.Add(new WriteFiles());

        var archives = new Pipeline(Archives);
        archives.Dependencies.AddRange([Data, Statements]);
        archives.Process.Add(new CreateArchivePages(Data, Statements));
        archives.Output.Add(new WriteFiles());

        var feeds = new Pipeline(Feeds);
        feeds.Dependencies.AddRange([Inputs, Data]);
        feeds.Process.Add(new CreateFeeds(Inputs, Data));
        feeds.Output.Add(new WriteFiles());

        var redirects = new Pipeline(Redirects);
        redirects.Dependencies.Add(Inputs);
        redirects.Process.Add(new CreateRedirects(Inputs));
        redirects.Output.Add(new WriteFiles());

        var sitemap = new Pipeline(Sitemap);
        sitemap.Dependencies.AddRange([Inputs, Archives]);
        sitemap.PostProcess.Add(new CreateSitemap(Inputs, Archives));
        sitemap.Output.Add(new WriteFiles());

        var assets = new Pipeline(Assets);
        assets.Input.Add(new ReadAssets());
        assets.Output.Add(new WriteFiles());

        return [inputs, data, content, statements, archives, feeds, redirects, sitemap, assets];
    }
}
