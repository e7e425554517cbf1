using System.Globalization;
using IprArchive.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace IprArchive.Search.Indexing;

/// <summary>
/// Builds the Lucene.Net index from <see cref="SearchDocument"/>s: one segment, BM25, documents
/// numbered by (date, url) so that doc id order is date order. Documents are streamed: the caller
/// hands them over already in that order (<see cref="InDocumentOrder"/>), so a build never holds
/// more than the documents in flight.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>Stored field holding body paragraphs (one value each), for snippets.</summary>
    internal const string Paragraph = "body";

    /// <summary>Rebuilds the index in <paramref name="indexDirectory"/> (replacing what was there) from documents in document order.</summary>
    public static void Build(IEnumerable<SearchDocument> documents, string indexDirectory)
    {
        using var directory = new NIOFSDirectory(indexDirectory);
        Build(documents, directory);
    }

    /// <summary>
    /// Rebuilds the index in <paramref name="indexDirectory"/> from consecutive runs of documents
    /// (each in document order, every run after the one before), one run per core: each is indexed
    /// into a folder of its own at the same time, then the parts are appended in order and merged.
    /// Analysis is most of an index build and Lucene's writer takes one document at a time in order.
    /// </summary>
    public static void Build(IReadOnlyList<IEnumerable<SearchDocument>> runs, string indexDirectory)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 1)
        {
            Build(runs[0], indexDirectory);
            return;
        }

        var parts = runs.Select((_, i) => $"{indexDirectory.TrimEnd(Path.DirectorySeparatorChar)}.part{i}").ToList();
        try
        {
            Parallel.For(0, runs.Count, i =>
            {
                using var part = new NIOFSDirectory(parts[i]);
                Build(runs[i], part, ramBufferMegabytes: RamBufferMegabytes / runs.Count);
            });
            Append(parts, indexDirectory);
        }
        finally
        {
            foreach (var part in parts.Where(System.IO.Directory.Exists)) System.IO.Directory.Delete(part, recursive: true);
        }
    }

    /// <summary>
    /// Merges the parts, in order, straight into one new segment of the final index: one pass
    /// over the parts' postings, where copying their segments in and then merging them was two.
    /// </summary>
    private static void Append(List<string> parts, string indexDirectory)
    {
        var partDirectories = parts.Select(p => (LuceneDirectory)new NIOFSDirectory(p)).ToArray();
        var readers = new List<IndexReader>();
        try
        {
            readers.AddRange(partDirectories.Select(d => (IndexReader)DirectoryReader.Open(d)));
            using var directory = new NIOFSDirectory(indexDirectory);
            using var analyzer = new ArchiveAnalyzer();
            using var writer = new IndexWriter(directory, Config(analyzer, RamBufferMegabytes));
            writer.AddIndexes([.. readers]);
            var aliases = new NameAliasTable();
            foreach (var reader in readers.Cast<DirectoryReader>()) aliases.AddAll(NameAliasesOf(reader));
            KeepAliases(writer, aliases);
            writer.ForceMerge(1);
            writer.Commit();
        }
        finally
        {
            foreach (var reader in readers) reader.Dispose();
            foreach (var part in partDirectories) part.Dispose();
        }
    }

    /// <summary>Rebuilds the index in a Lucene directory (in-memory directories for tests).</summary>
    public static void Build(IEnumerable<SearchDocument> documents, LuceneDirectory directory) => Build(documents, directory, RamBufferMegabytes);

    private const double RamBufferMegabytes = 64;

    private static IndexWriterConfig Config(ArchiveAnalyzer analyzer, double ramBufferMegabytes) => new(ArchiveAnalyzer.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = new BM25Similarity(),
        // The default (tiered) policy merges segments out of order, which would renumber
        // documents; the log policies merge neighbours only, so doc id order stays date order
        // (and parts appended with AddIndexes stay in the order given).
        // No compound files: packing a segment's files into one .cfs is a second copy of every
        // byte, worth it only for an index with many segments open at once; ours has one.
        MergePolicy = new LogByteSizeMergePolicy { NoCFSRatio = 0 },
        UseCompoundFile = false,
        RAMBufferSizeMB = ramBufferMegabytes,
    };

    private static void Build(IEnumerable<SearchDocument> documents, LuceneDirectory directory, double ramBufferMegabytes)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var analyzer = new ArchiveAnalyzer();
        using var writer = new IndexWriter(directory, Config(analyzer, ramBufferMegabytes));
        SearchDocument? previous = null;
        var aliases = new NameAliasTable();
        foreach (var document in documents)
        {
            if (previous is not null && DocumentOrder.Compare(previous, document) >= 0)
                throw new ArgumentException($"Documents must come in document order (date, then URL): '{document.Url}' came after '{previous.Url}'.", nameof(documents));
            writer.AddDocument(ToLucene(document));
            foreach (var speaker in document.Speakers) aliases.Add(analyzer, "speaker", speaker);
            foreach (var organization in document.Organizations) aliases.Add(analyzer, "org", organization);
            previous = document;
        }
        KeepAliases(writer, aliases);
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>The other names of the index's speakers and organisations, as the builder kept them.</summary>
    internal static NameAliasTable NameAliasesOf(DirectoryReader reader) =>
        NameAliasTable.Parse(reader.IndexCommit.UserData.TryGetValue(NameAliasTable.CommitKey, out var json) ? json : null);

    // The commit data travels with the index, so a search of it can explain an alias hit without the registry.
    private static void KeepAliases(IndexWriter writer, NameAliasTable aliases) =>
        writer.SetCommitData(new Dictionary<string, string> { [NameAliasTable.CommitKey] = System.Text.Encoding.UTF8.GetString(aliases.ToJson()) });

    /// <summary>Date, then URL (ordinal): the order that becomes doc ids.</summary>
    public static IComparer<SearchDocument> DocumentOrder { get; } = Comparer<SearchDocument>.Create((x, y) =>
    {
        var byDate = x.Date.CompareTo(y.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Url, y.Url);
    });

    /// <summary>The documents sorted into <see cref="DocumentOrder"/> (holds them all; for small sets and tests).</summary>
    public static IEnumerable<SearchDocument> InDocumentOrder(IEnumerable<SearchDocument> documents) =>
        documents.Order(DocumentOrder);

    private static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Url, d.Url, Field.Store.YES),
            new StringField(SearchFields.Date, IsoDate(d.Date), Field.Store.YES),
            new StringField("year", d.Date.Year.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField("lang", d.Language.ToLowerInvariant(), Field.Store.YES),
            new StringField("type", d.Type.ToLowerInvariant(), Field.Store.YES),
            new TextField("title", d.Title, Field.Store.YES),
            new TextField("summary", d.Summary, Field.Store.YES),
        };
        foreach (var paragraph in d.Paragraphs) doc.Add(new TextField(Paragraph, paragraph, Field.Store.YES));
        AddEntities(doc, "speaker", d.Speakers);
        AddEntities(doc, "org", d.Organizations);
        if (d.Plan is { } plan) AddEntities(doc, "plan", [plan]);
        foreach (var topic in d.Topics) doc.Add(new TextField("topic", topic, Field.Store.YES));
        if (d.Event is { Length: > 0 } ev) doc.Add(new TextField("event", ev, Field.Store.YES));
        // Stored, never searched: where a hit links to, and who a quotation's speaker was.
        foreach (var field in StoredPassages.FieldsOf(d)) doc.Add(field);
        return doc;
    }

    /// <summary>The name is stored (facet value); aliases are only searchable.</summary>
    private static void AddEntities(Document doc, string field, IEnumerable<SearchEntity> entities)
    {
        foreach (var entity in entities)
        {
            doc.Add(new TextField(field, entity.Name, Field.Store.YES));
            foreach (var alias in entity.Aliases) doc.Add(new TextField(field, alias, Field.Store.NO));
        }
    }

    /// <summary>ISO 8601 calendar date, the form stored and filtered on.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
