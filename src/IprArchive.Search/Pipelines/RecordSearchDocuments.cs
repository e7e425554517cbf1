using IprArchive.Facets;
using IprArchive.Pipelines.Records;
using IprArchive.Search.Indexing;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// Streams the site's compiled records to the index as <see cref="SearchDocument"/>s in document
/// order, reading each body back on the way, cut into one consecutive run per core so that the
/// runs are read and indexed side by side. Memory holds the documents in flight, never the archive.
/// </summary>
internal static class RecordSearchDocuments
{
    /// <summary>Below this many records a second run costs more than it saves.</summary>
    private const int RecordsPerRun = 1000;

    /// <summary>
    /// The search documents of <paramref name="records"/> in <see cref="SearchIndexBuilder.DocumentOrder"/>,
    /// as consecutive runs (each run's documents all come after the previous run's).
    /// </summary>
    public static IReadOnlyList<IEnumerable<SearchDocument>> InRuns(IEnumerable<CompiledRecord> records, FacetCatalogue? facets = null)
    {
        var ordered = records.OrderBy(r => r.Announcement.Date).ThenBy(r => r.Announcement.Url, StringComparer.Ordinal).ToList();
        var runs = Math.Clamp(ordered.Count / RecordsPerRun, 1, Environment.ProcessorCount);
        var size = (ordered.Count + runs - 1) / runs;
        return [.. Enumerable.Range(0, runs).Select(i => ordered.Skip(i * size).Take(size)
            .SelectMany(r => SearchDocumentMapping.ToSearchDocuments(r.Announcement, r.Rendered(), r.Quotations, facets)))];
    }
}
