using IprArchive.Content;
using IprArchive.Pipelines.Site;
using IprArchive.Search.Indexing;
using IprArchive.Statements;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// Streams the site's records to the index as <see cref="SearchDocument"/>s in document order,
/// rendering each body again on the way: a batch is rendered on every core while the index takes
/// the one before it, so memory holds two batches, never the archive.
/// </summary>
internal static class RecordSearchDocuments
{
    private const int BatchSize = 64;

    /// <summary>The search documents of <paramref name="records"/>, in <see cref="SearchIndexBuilder.DocumentOrder"/>.</summary>
    public static IEnumerable<SearchDocument> InDocumentOrder(IEnumerable<(Announcement Announcement, IReadOnlyList<Quotation> Quotations)> records, SiteContext site)
    {
        var ordered = records.OrderBy(r => r.Announcement.Date).ThenBy(r => r.Announcement.Url, StringComparer.Ordinal).ToList();
        var next = Map(ordered, 0, site);
        for (var start = 0; start < ordered.Count; start += BatchSize)
        {
            var batch = next.GetAwaiter().GetResult();
            next = Map(ordered, start + BatchSize, site);
            foreach (var document in batch.SelectMany(d => d))
            {
                yield return document;
            }
        }
    }

    private static Task<IReadOnlyList<SearchDocument>[]> Map(List<(Announcement Announcement, IReadOnlyList<Quotation> Quotations)> ordered, int start, SiteContext site) =>
        start >= ordered.Count
            ? Task.FromResult(Array.Empty<IReadOnlyList<SearchDocument>>())
            : Task.Run(() => ordered.Skip(start).Take(BatchSize).AsParallel().AsOrdered()
                .Select(r => SearchDocumentMapping.ToSearchDocuments(r.Announcement, site.RenderBody(r.Announcement), r.Quotations))
                .ToArray());
}
