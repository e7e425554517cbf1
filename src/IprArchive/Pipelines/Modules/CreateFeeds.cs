using IprArchive.Content;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Feeds;
using IprArchive.Pipelines.Records;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Process phase of Feeds: the site-wide Atom and JSON feeds (the newest <c>feed_entries</c> of
/// settings.yml, each with its summary, and its whole text only with <c>feed_full_text: true</c>,
/// so one huge record cannot make every reader download megabytes) and an Atom feed per speaker,
/// organisation and topic (newest <see cref="ArchiveFeedSize"/>, summaries). Bodies and leads
/// come from the compiled records of <c>recordsPipeline</c>, the site index from <c>dataPipeline</c>.
/// </summary>
public sealed class CreateFeeds(string recordsPipeline, string dataPipeline) : IModule
{
    /// <summary>Entries in each archive feed.</summary>
    public const int ArchiveFeedSize = 20;

    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var records = context.OutputsOf(recordsPipeline).Select(d => d.GetRequired(MetadataKeys.Record))
            .ToDictionary<CompiledRecord, Announcement>(r => r.Announcement, ReferenceEqualityComparer.Instance);

        var index = BuildSiteIndex.IndexOf(context.OutputsOf(dataPipeline));

        // Atom wants a summary when there is no content: summary-only feeds fall back to the first paragraph.
        string? SummaryOf(Announcement a) => a.Summary ?? records[a].Lead;

        // The site feeds are made here, in Process: they hold at most feed_entries entries, so their
        // text is small whatever the size of the archive.
        var fullText = site.Settings.FeedFullText;
        var siteFeed = new FeedSpec(site.Settings.Title, "/feed.xml", "/", [.. index.Newest.Take(site.Settings.FeedEntries)
            .Select(a => new FeedEntry(a, SummaryOf(a), fullText ? records[a].Rendered().Html : null))], FullContent: fullText);
        var documents = new List<Document>
        {
            new() { Destination = "feed.xml", Content = AtomFeed.Write(siteFeed, site.Urls, site.Settings.Title) },
            new() { Destination = "feed.json", Content = JsonFeed.Write(siteFeed with { FeedUrl = "/feed.json" }, site.Urls, site.Settings.Description, site.Settings.Language) },
        };

        // One feed per archive grows with the archive count (thousands at 100,000 records): each is
        // made as it is written, so only the feeds in flight are in memory and a preview update
        // makes only the feeds a change reaches.
        documents.AddRange(index.Archives.Where(a => a.FeedUrl is not null).Select(archive => Deferred(OutputPaths.FromUrl(archive.FeedUrl!), () =>
        {
            var entries = archive.Items.Take(ArchiveFeedSize).Select(a => new FeedEntry(a, SummaryOf(a), null)).ToList();
            var spec = new FeedSpec($"{site.Settings.Title}: {archive.Name}", archive.FeedUrl!, archive.Url, entries, FullContent: false);
            return AtomFeed.Write(spec, site.Urls, site.Settings.Title);
        }) with { MadeFrom = new Fingerprint(() => [archive.Name, archive.Items.Take(ArchiveFeedSize).ToList()]) }));

        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    private static Document Deferred(string destination, Func<string> content) =>
        new Document { Destination = destination }.With(MetadataKeys.ContentFactory, content);
}
