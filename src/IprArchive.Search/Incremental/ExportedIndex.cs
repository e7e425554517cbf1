using System.Text.Json;
using IprArchive.Search.Export;
using IprArchive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace IprArchive.Search.Incremental;

/// <summary>
/// What a preview keeps in memory to patch the search export of its output in place: the shard
/// list, each document's terms (to find the shards an edit touches), each field's total length
/// (BM25's avgdl), and every document's columns and result-file range. Read back from the export
/// on disk and the Lucene index of the full build that wrote it.
/// </summary>
internal sealed class ExportedIndex
{
    private ExportedIndex(string root) => Root = root;

    /// <summary>The export folder (<c>output/search</c>).</summary>
    public string Root { get; }

    /// <summary>Term shards in term order.</summary>
    public List<ShardTable.Shard> Shards { get; private init; } = [];

    /// <summary>Each document's distinct terms (any field) with a hash of its postings for each, by doc id.</summary>
    public DocumentTerm[][] TermsOfDocument { get; private init; } = [];

    /// <summary>Sum of term frequencies per field (Lucene's sumTotalTermFreq for analysed fields).</summary>
    public long[] FieldLengths { get; private init; } = [];

    /// <summary>Columns of every document, by doc id.</summary>
    public IndexedDocument[] Documents { get; private init; } = [];

    /// <summary>Hash of each result-file range (the folder name under <c>d/</c>).</summary>
    public byte[][] RangeHashes { get; private init; } = [];

    /// <summary>Pages of the shard table, as the manifest lists them.</summary>
    public List<ShardTable.Page> Pages { get; set; } = [];

    /// <summary>The columns the manifest lists.</summary>
    public DocumentColumns Columns { get; set; } = null!;

    /// <summary>
    /// The alias file the full build wrote (kept as is: a preview's edits do not add other names
    /// until the next full build).
    /// </summary>
    public NameAliasFile? NameAliases { get; private init; }

    /// <summary>Reads the export in <paramref name="root"/> and the index in <paramref name="indexDirectory"/> that it was made from.</summary>
    public static ExportedIndex Load(string root, string indexDirectory)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "manifest.json")));
        var pages = manifest.RootElement.GetProperty("shardPages").EnumerateArray()
            .Select(page => new ShardTable.Page(page[0].GetString()!, page[1].GetString()!)).ToList();
        var shards = pages.SelectMany(page => ReadPage(root, page.Hash)).ToList();

        using var directory = new NIOFSDirectory(indexDirectory);
        using var reader = DirectoryReader.Open(directory);
        var documents = IndexedDocument.LoadColumns(reader).ToArray();

        var terms = new List<DocumentTerm>[documents.Length];
        var lengths = new long[SearchFields.Queryable.Count];
        foreach (var shard in shards)
        {
            var entries = TermShardReader.Read(root, shard.Hash);
            foreach (var field in entries.SelectMany(e => e.Fields)) lengths[field.FieldIndex] += field.Freqs.Sum();
            DocumentTerm.Collect(entries, doc => terms[doc] ??= []);
        }

        return new ExportedIndex(root)
        {
            Shards = shards,
            Pages = pages,
            TermsOfDocument = [.. terms.Select(t => t?.ToArray() ?? [])],
            FieldLengths = lengths,
            Documents = documents,
            RangeHashes = RangeFolders(root, (documents.Length + ResultFileWriter.RangeSize - 1) / ResultFileWriter.RangeSize),
            Columns = DocumentColumns.ListedIn(manifest.RootElement.GetProperty("columns")),
            NameAliases = manifest.RootElement.TryGetProperty(NameAliasWriter.ManifestKey, out var aliases)
                ? new NameAliasFile(aliases.GetProperty("file").GetString()!, aliases.GetProperty("filter").GetString()!) : null,
        };
    }

    /// <summary>The doc id of a record's document and how many documents it has (itself and its quotations), or null.</summary>
    public (int First, int Count)? GroupOf(string recordUrl)
    {
        _firstByUrl ??= Documents.GroupBy(d => d.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(d => d.DocId), StringComparer.Ordinal);
        if (!_firstByUrl.TryGetValue(recordUrl, out var first)) return null;
        var end = first + 1;
        while (end < Documents.Length && Documents[end].Url.StartsWith(recordUrl + "#", StringComparison.Ordinal)) end++;
        return (first, end - first);
    }

    /// <summary>BM25's average length of a field, as the full export writes it (Lucene keeps no length for keyword fields).</summary>
    public float AverageLength(SearchField field) =>
        SearchIndexExporter.AverageLength(field.IsAnalyzed ? FieldLengths[SearchFields.Queryable.ToList().IndexOf(field)] : -1, Documents.Length);

    private Dictionary<string, int>? _firstByUrl;

    /// <summary>The shard a term belongs to: the last whose first key is not after it.</summary>
    public int ShardOf(string term)
    {
        int low = 0, high = Shards.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (string.CompareOrdinal(Shards[middle].First, term) <= 0) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    private static List<ShardTable.Shard> ReadPage(string root, string hash)
    {
        using var page = JsonDocument.Parse(ShardFiles.Gunzip(Path.Combine(root, "s", $"{hash}.json.gz")));
        return [.. page.RootElement.EnumerateArray().Select(s => new ShardTable.Shard(s[0].GetString()!, s[1].GetString()!))];
    }

    /// <summary>Range i's folder is the one holding document i × range size.</summary>
    private static byte[][] RangeFolders(string root, int ranges)
    {
        var hashes = new byte[ranges][];
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Path.Combine(root, "d")))
        {
            var first = System.IO.Directory.EnumerateFiles(folder, "*.json.gz").Select(f => int.Parse(Path.GetFileName(f).Split('.')[0], System.Globalization.CultureInfo.InvariantCulture)).Min();
            hashes[first / ResultFileWriter.RangeSize] = Convert.FromHexString(Path.GetFileName(folder));
        }
        return hashes;
    }
}
