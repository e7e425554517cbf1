using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Pipelines.Views;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Process phase of Archives: the home page, section indexes, every page of every archive,
/// the search page and the 404 page (from the site index carried by <c>dataPipeline</c>'s
/// documents and the statement index carried by <c>statementsPipeline</c>'s), each as a document with its layout and a page model built
/// only if the page is written (a preview update writes only the pages a change reaches).
/// </summary>
public sealed class CreateArchivePages(string dataPipeline, string statementsPipeline) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var index = BuildSiteIndex.IndexOf(context.OutputsOf(dataPipeline));
        var statements = IndexStatements.StatementsOf(context.OutputsOf(statementsPipeline));
        var newest = index.Newest.Count > 0 ? index.Newest[0].Date : (DateOnly?)null;
        var pages = new List<Document>
        {
            Page("/", "home", () => PageModels.Home(index, statements, site), newest),
            // Its text is input/about.md (a change to it takes a full build) or the settings'.
            Page(PageModels.AboutUrl, "about", () => PageModels.About(site), null) with { MadeFrom = new Fingerprint(() => [site.Settings]) },
            Page("/search/", "search", () => PageModels.Plain("Search", "/search/", "search", site, noIndex: false), null),
            Page("/404.html", "404", () => PageModels.Plain("Page not found", "/404.html", "not-found", site, noIndex: true), null, inSitemap: false),
        };
        pages.AddRange(index.Facets.WithPages.Select(kind => Page(Archive.SectionUrl(kind), "section", () => PageModels.Section(kind, index, site), newest)));
        foreach (var archive in index.Archives)
        {
            var subject = new Lazy<object[]>(() => [archive.Name, archive.Items.Count, ArchiveFacts.Roles(archive, site.Content.Registry, index), ArchiveFacts.Organizations(archive)]);
            var size = Math.Max(1, site.Settings.PageSize);
            for (var number = 1; number <= PageModels.PageCount(archive, site); number++)
            {
                var page = number;
                pages.Add(Page(PageModels.PageUrl(archive, page), "archive", () => PageModels.ArchivePage(archive, page, index, statements, site), archive.Updated) with
                {
                    // The page shows its subject, its entries and their statements.
                    MadeFrom = new Fingerprint(() =>
                    {
                        var items = archive.Items.Skip((page - 1) * size).Take(size).ToList();
                        return [subject.Value, page, items, ArchiveStatements.Of(archive, items, statements).ToList()];
                    }),
                });
            }
        }

        return Task.FromResult<IReadOnlyList<Document>>(pages);
    }

    private static Document Page(string url, string layout, Func<PageModel> model, DateOnly? lastModified, bool inSitemap = true) =>
        new Document { Destination = OutputPaths.FromUrl(url) }
            .With(MetadataKeys.Model, model)
            .With(MetadataKeys.Layout, layout)
            .With(MetadataKeys.SitemapUrl, inSitemap ? url : null)
            .With(MetadataKeys.LastModified, lastModified);
}
