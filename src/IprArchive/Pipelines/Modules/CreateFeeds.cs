using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Feeds;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Process phase of Feeds: the site-wide Atom and JSON feeds (newest <see cref="SiteFeedSize"/>)
/// and an Atom feed per speaker, organisation and topic (newest <see cref="ArchiveFeedSize"/>).
/// </summary>
public sealed class CreateFeeds(string contentPipeline) : IModule
{
    /// <summary>Entries in the site-wide feeds.</summary>
    public const int SiteFeedSize = 50;

    /// <summary>Entries in each archive feed.</summary>
    public const int ArchiveFeedSize = 20;

    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var bodies = new Dictionary<Announcement, RenderedMarkdown>(ReferenceEqualityComparer.Instance);
        foreach (var document in context.OutputsOf(contentPipeline))
        {
            bodies[document.GetRequired<Announcement>(MetadataKeys.Announcement)] = document.GetRequired<RenderedMarkdown>(MetadataKeys.Rendered);
        }

        List<FeedEntry> Entries(IEnumerable<Announcement> items, int max) =>
            [.. items.Take(max).Select(a => new FeedEntry(a, bodies[a]))];

        var siteFeed = new FeedSpec(site.Settings.Title, "/feed.xml", "/", Entries(site.Index.Newest, SiteFeedSize));
        var documents = new List<Document>
        {
            Text("feed.xml", AtomFeed.Write(siteFeed, site.Urls, site.Settings.Title)),
            Text("feed.json", JsonFeed.Write(siteFeed with { FeedUrl = "/feed.json" }, site.Urls, site.Settings.Description, site.Settings.Language)),
        };
        foreach (var archive in site.Index.Archives.Where(a => a.FeedUrl is not null))
        {
            var spec = new FeedSpec($"{site.Settings.Title}: {archive.Name}", archive.FeedUrl!, archive.Url, Entries(archive.Items, ArchiveFeedSize), FullContent: false);
            documents.Add(Text(OutputPaths.FromUrl(archive.FeedUrl!), AtomFeed.Write(spec, site.Urls, site.Settings.Title)));
        }

        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    private static Document Text(string destination, string content) => new() { Destination = destination, Content = content };
}
