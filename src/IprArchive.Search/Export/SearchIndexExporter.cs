using System.Text.Encodings.Web;
using System.Text.Json;
using IprArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace IprArchive.Search.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Documents">Documents exported.</param>
/// <param name="Terms">Distinct terms across fields.</param>
/// <param name="TermShards">Term shards (each with a positions shard).</param>
/// <param name="Files">Files written, manifest included.</param>
/// <param name="Bytes">Their total size on disk.</param>
public sealed record ExportSummary(int Documents, int Terms, int TermShards, int Files, long Bytes);

/// <summary>
/// Exports a built index as static files for the browser engine: manifest.json plus content-hashed
/// gzip shards (term dictionary + postings + norms by term range, positions, per-document columns,
/// per-document result files). Deterministic: the same index gives the same bytes.
/// Format: docs/search-format.md.
/// </summary>
public static class SearchIndexExporter
{
    /// <summary>Format version written to the manifest; the browser refuses other versions.</summary>
    public const int FormatVersion = 3;

    /// <summary>Folders the exporter owns under the output folder (emptied before writing).</summary>
    private static readonly string[] OwnedFolders = ["t", "p", "s", "c", "d", NameAliasWriter.Folder];

    /// <summary>Exports the index in <paramref name="indexDirectory"/> into <paramref name="outputSearchDirectory"/>.</summary>
    public static ExportSummary Export(string indexDirectory, string outputSearchDirectory) =>
        Export(indexDirectory, outputSearchDirectory, DocumentColumnsWriter.Paging.Default);

    /// <summary>As above, with column pages of the given size.</summary>
    internal static ExportSummary Export(string indexDirectory, string outputSearchDirectory, DocumentColumnsWriter.Paging paging)
    {
        // Read through positional file reads, not memory maps: the export reads the index once,
        // front to back, and mapped pages would count as the build's own memory.
        using var directory = new NIOFSDirectory(indexDirectory);
        return Export(directory, outputSearchDirectory, paging);
    }

    /// <summary>Exports the index in a Lucene directory into <paramref name="outputSearchDirectory"/>.</summary>
    public static ExportSummary Export(LuceneDirectory directory, string outputSearchDirectory) =>
        Export(directory, outputSearchDirectory, DocumentColumnsWriter.Paging.Default);

    private static ExportSummary Export(LuceneDirectory directory, string outputSearchDirectory, DocumentColumnsWriter.Paging paging)
    {
        using var reader = DirectoryReader.Open(directory);
        if (reader.Leaves.Count > 1) throw new InvalidOperationException("Export needs a single-segment index (ForceMerge(1)).");
        Clean(outputSearchDirectory);
        var schema = SearchIndexBuilder.SchemaOf(reader);
        var documents = IndexedDocument.LoadAll(reader);
        var terms = reader.Leaves.Count == 0 ? [] : TermPostingsReader.Read(reader.Leaves[0].AtomicReader, schema);
        var termCount = 0;
        var shards = ShardTable.WriteShards(outputSearchDirectory, terms.Select(t => { termCount++; return t; }));
        var pages = ShardTable.WritePages(outputSearchDirectory, shards);
        var hashes = ResultFileWriter.WriteAll(outputSearchDirectory, reader, documents);
        var columns = DocumentColumnsWriter.Write(outputSearchDirectory, documents, hashes, paging);
        var aliases = NameAliasWriter.Write(outputSearchDirectory, reader);
        WriteManifest(outputSearchDirectory, reader.MaxDoc, field => AverageLength(reader.GetSumTotalTermFreq(field.Name), reader.MaxDoc), pages, columns, aliases, schema);

        var files = OwnedFolders.Select(f => Path.Combine(outputSearchDirectory, f)).Where(System.IO.Directory.Exists)
            .SelectMany(f => System.IO.Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Append(Path.Combine(outputSearchDirectory, "manifest.json")).ToList();
        return new ExportSummary(documents.Count, termCount, shards.Count, files.Count, files.Sum(f => new FileInfo(f).Length));
    }

    private static void Clean(string root)
    {
        foreach (var folder in OwnedFolders.Select(f => Path.Combine(root, f)).Where(System.IO.Directory.Exists))
            System.IO.Directory.Delete(folder, recursive: true);
        System.IO.Directory.CreateDirectory(root);
    }

    /// <summary>
    /// Writes manifest.json: the fields of <paramref name="schema"/> (by default the archive's) with each field's
    /// <paramref name="averageLength"/>, its facets, where the shards are, and the alias file if any.
    /// </summary>
    internal static void WriteManifest(string root, int docCount, Func<SearchField, float> averageLength, List<ShardTable.Page> pages, DocumentColumns columns, NameAliasFile? nameAliases, SearchSchema? schema = null)
    {
        schema ??= SearchSchema.Default;
        using var stream = File.Create(Path.Combine(root, "manifest.json"));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteNumber("docCount", docCount);
        json.WriteStartObject("bm25");
        json.WriteNumber("k1", 1.2f);
        json.WriteNumber("b", 0.75f);
        json.WriteEndObject();
        json.WriteStartArray("fields");
        foreach (var field in schema.Queryable)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteNumber("boost", field.Boost);
            json.WriteBoolean("default", field.IsDefault);
            json.WriteBoolean("analyzed", field.IsAnalyzed);
            json.WriteBoolean("norms", field.IsAnalyzed);
            json.WriteNumber("avgdl", averageLength(field));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("aliases");
        foreach (var (alias, field) in schema.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal)) json.WriteString(alias, field);
        json.WriteEndObject();
        json.WriteStartArray("facets");
        foreach (var facet in schema.Counted) json.WriteStringValue(facet.Key);
        json.WriteEndArray();
        WriteFacetDeclarations(json, schema);
        columns.WriteTo(json);
        if (nameAliases is not null)
        {
            json.WriteStartObject(NameAliasWriter.ManifestKey);
            json.WriteString("file", nameAliases.File);
            json.WriteString("filter", nameAliases.Filter);
            json.WriteEndObject();
        }
        json.WriteString("documents", "d/{hash}/{id}.json.gz");
        json.WriteNumber("documentRange", ResultFileWriter.RangeSize);
        json.WriteString("terms", "t/{hash}.bin.gz");
        json.WriteString("positions", "p/{hash}.bin.gz");
        json.WriteString("shardPage", "s/{hash}.json.gz");
        json.WriteStartArray("shardPages");
        foreach (var page in pages)
        {
            json.WriteStartArray();
            json.WriteStringValue(page.First);
            json.WriteStringValue(page.Hash);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// The facets as declared (<see cref="IprArchive.Facets.FacetCatalogue"/>), for the browser: each one's name in
    /// filters and counts, index field, labels, and how the columns hold it (a value column, copied
    /// from the record to its quotations, counted in results).
    /// </summary>
    private static void WriteFacetDeclarations(Utf8JsonWriter json, SearchSchema schema)
    {
        json.WriteStartArray("facetDeclarations");
        foreach (var facet in schema.Facets)
        {
            json.WriteStartObject();
            json.WriteString("name", facet.Key);
            json.WriteString("field", facet.Field);
            json.WriteString("label", facet.Label);
            json.WriteString("plural", facet.PluralLabel);
            json.WriteBoolean("column", facet.InColumns);
            json.WriteBoolean("inherited", facet.InColumns && facet.QuotationsInherit);
            json.WriteBoolean("counted", facet.Counted);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>avgdl exactly as BM25Similarity computes it: (float)(sumTotalTermFreq / (double)maxDoc), or 1 without statistics (-1).</summary>
    internal static float AverageLength(long sumTotalTermFreq, int maxDoc) =>
        sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)maxDoc);
}
