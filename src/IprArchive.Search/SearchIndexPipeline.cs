using System.Diagnostics;
using IprArchive.Search.Export;
using IprArchive.Search.Indexing;

namespace IprArchive.Search;

/// <summary>What a <see cref="SearchIndexPipeline"/> run did, with timings for the build report.</summary>
public sealed record SearchIndexReport(ExportSummary Export, TimeSpan IndexTime, TimeSpan ExportTime);

/// <summary>
/// The site build's entry point: index the documents with Lucene.Net into <c>indexDirectory</c>
/// (kept, so the CLI can query it) and export the static shards into <c>outputSearchDirectory</c>.
/// </summary>
public static class SearchIndexPipeline
{
    /// <summary>Rebuilds the index and the export.</summary>
    public static SearchIndexReport Run(IEnumerable<SearchDocument> documents, string outputSearchDirectory, string indexDirectory) =>
        Run([documents], outputSearchDirectory, indexDirectory);

    /// <summary>
    /// Rebuilds the index from consecutive runs of documents, indexed side by side (see <see cref="SearchIndexBuilder.Build(IReadOnlyList{IEnumerable{SearchDocument}}, string, SearchSchema?)"/>),
    /// with the fields and facets of <paramref name="schema"/> (by default the archive's), and the export.
    /// </summary>
    public static SearchIndexReport Run(IReadOnlyList<IEnumerable<SearchDocument>> runs, string outputSearchDirectory, string indexDirectory, SearchSchema? schema = null) =>
        Run(runs, outputSearchDirectory, indexDirectory, DocumentColumnsWriter.Paging.Default, schema);

    /// <summary>As above, with column pages of another size (tests cross many page boundaries with small pages).</summary>
    internal static SearchIndexReport Run(IReadOnlyList<IEnumerable<SearchDocument>> runs, string outputSearchDirectory, string indexDirectory, DocumentColumnsWriter.Paging paging, SearchSchema? schema = null)
    {
        var clock = Stopwatch.StartNew();
        SearchIndexBuilder.Build(runs, indexDirectory, schema);
        var indexTime = clock.Elapsed;
        clock.Restart();
        var export = SearchIndexExporter.Export(indexDirectory, outputSearchDirectory, paging);
        return new SearchIndexReport(export, indexTime, clock.Elapsed);
    }
}
