using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using IprArchive.Search.Indexing;

namespace IprArchive.Search.Export;

/// <summary>
/// Writes the per-document data a query needs beyond postings, in pages by doc-id range, so a
/// query fetches only the pages that hold its hits (docs/search-format.md, "Columns"):
/// type pages (which documents are quotations, and the hashes naming the result-file folders),
/// day pages (for date ranges: only the pages where a range starts or ends are fetched), facet
/// pages (value ids per document, for filters and counts) and one table of facet values.
/// Years come from document order (ids are in date order), as the first doc id of each year.
/// </summary>
internal static class DocumentColumnsWriter
{
    /// <summary>
    /// Documents per page: a broad query needs every type page, so they are few and small (4 KiB
    /// of quotation bits each); a narrow query needs only a few facet and day pages.
    /// </summary>
    /// <param name="TypePageSize">Documents per type page.</param>
    /// <param name="FacetPageSize">Documents per facet page and per day page.</param>
    public sealed record Paging(int TypePageSize, int FacetPageSize)
    {
        /// <summary>What a site's export uses; tests use small pages to cross many page boundaries.</summary>
        public static Paging Default { get; } = new(32_768, 4_096);
    }

    /// <summary>Facets stored as value ids, in file order (the index's facets with record values; the year is derived from doc order).</summary>
    public static IReadOnlyList<string> ColumnFacets(SearchSchema schema) => [.. schema.Columns.Select(f => f.Key)];

    /// <summary>
    /// Facets a quotation's document shares with its record, the nearest record before it: their
    /// lists leave quotations out, and readers copy the record's values. Only the speaker is a
    /// quotation's own. Quotations at the start of a page, before its first record, are listed
    /// with their values, so that every page can be read on its own.
    /// </summary>
    public static IReadOnlySet<string> InheritedFacets(SearchSchema schema) =>
        schema.Columns.Where(f => f.QuotationsInherit).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

    private static SearchSchema SchemaOf(IReadOnlyList<IndexedDocument> documents) => documents.Count > 0 ? documents[0].Schema : SearchSchema.Default;

    private static readonly DateOnly Epoch = new(1970, 1, 1);

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every page of <paramref name="documents"/> (doc id order) under <c>c/</c>; returns what the manifest lists.</summary>
    public static DocumentColumns Write(string root, IReadOnlyList<IndexedDocument> documents, IReadOnlyList<byte[]> resultRangeHashes, Paging? paging = null)
    {
        paging ??= Paging.Default;
        var schema = SchemaOf(documents);
        var inherited = InheritedFacets(schema);
        CheckInherited(documents, inherited);
        var columnFacets = ColumnFacets(schema);
        var tables = columnFacets.ToDictionary(f => f, f => ValueTable(documents, f, inherited));
        var values = JsonSerializer.SerializeToUtf8Bytes(columnFacets.ToDictionary(f => f, f => tables[f].Keys.ToArray()), Json);
        var types = WriteTypePages(root, documents, resultRangeHashes, paging);
        var facetPages = documents.Chunk(paging.FacetPageSize).ToList();
        var facets = facetPages.Select(page => ShardFiles.WriteNamedByHash(root, "c/facets", ".bin", FacetPageEncoder.Encode(page, columnFacets, tables, inherited))).ToList();
        var days = facetPages.Select(page => new DayPage(ShardFiles.WriteNamedByHash(root, "c/days", ".bin", EncodeDayPage(page)), DayOf(page[0]))).ToList();
        return new DocumentColumns(paging, types, facets, days, ShardFiles.WriteNamedByHash(root, "c/values", ".json", values), FirstDocOfEachYear(documents));
    }

    /// <summary>
    /// Writes only the type pages: all a preview's patch needs to write again when an edit keeps
    /// every document's type, date and facet values (the result-file hashes are in the type pages).
    /// </summary>
    public static List<string> WriteTypePages(string root, IReadOnlyList<IndexedDocument> documents, IReadOnlyList<byte[]> resultRangeHashes, Paging paging) =>
        documents.Chunk(paging.TypePageSize)
            .Select(page => ShardFiles.WriteNamedByHash(root, "c/types", ".bin", EncodeTypePage(page, resultRangeHashes)))
            .ToList();

    /// <summary>Docs in the page, one bit per doc (set: a quotation), then the hash of each result range the page's docs are in.</summary>
    private static byte[] EncodeTypePage(IndexedDocument[] page, IReadOnlyList<byte[]> rangeHashes)
    {
        var writer = new ByteWriter();
        writer.Varint(page.Length);
        var bits = new byte[(page.Length + 7) / 8];
        for (var i = 0; i < page.Length; i++)
        {
            if (page[i].IsQuote) bits[i / 8] |= (byte)(1 << (i % 8));
            else if (page[i].Type != DocumentTypes.Announcement) throw new InvalidOperationException($"Unknown document type '{page[i].Type}' ({page[i].Url}).");
        }
        writer.Bytes(bits);
        var firstRange = page[0].DocId / ResultFileWriter.RangeSize;
        var lastRange = page[^1].DocId / ResultFileWriter.RangeSize;
        for (var range = firstRange; range <= lastRange; range++) writer.Bytes(rangeHashes[range]);
        return writer.ToArray();
    }

    /// <summary>Runs of equal days: how many runs, then per run the day (delta from the previous run; the first from 1970-01-01) and its length.</summary>
    private static byte[] EncodeDayPage(IndexedDocument[] page)
    {
        var runs = page.Select(DayOf).GroupAdjacent().ToList();
        var writer = new ByteWriter();
        writer.Varint(runs.Count);
        var last = 0;
        foreach (var (day, count) in runs)
        {
            writer.Varint(day - last);
            writer.Varint(count);
            last = day;
        }
        return writer.ToArray();
    }

    /// <summary>[year, first doc id of that year] for each year present, in order.</summary>
    private static List<(int Year, int FirstDoc)> FirstDocOfEachYear(IReadOnlyList<IndexedDocument> documents)
    {
        var years = new List<(int, int)>();
        var last = int.MinValue;
        foreach (var doc in documents)
        {
            var year = int.Parse(doc.Date.AsSpan(0, 4), CultureInfo.InvariantCulture);
            if (year == last) continue;
            if (year < last) throw new InvalidOperationException($"Documents are not in date order at '{doc.Url}'.");
            years.Add((year, doc.DocId));
            last = year;
        }
        return years;
    }

    /// <summary>Value → id, the most frequent values first (one-byte varints, better gzip), ties in ordinal order.</summary>
    private static Dictionary<string, int> ValueTable(IReadOnlyList<IndexedDocument> documents, string facet, IReadOnlySet<string> inherited) =>
        (inherited.Contains(facet) ? documents.Where(d => !d.IsQuote) : documents).SelectMany(d => d.FacetValues(facet).Distinct()).GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, id) => (g.Key, id)).ToDictionary(p => p.Key, p => p.id, StringComparer.Ordinal);

    /// <summary>
    /// The documents of a page a facet lists: every one for the speaker; for the inherited facets
    /// the quotations before the page's first record, then the records.
    /// </summary>
    internal static IEnumerable<IndexedDocument> ListedInPage(IndexedDocument[] page, bool inherited)
    {
        var orphans = page.TakeWhile(d => d.IsQuote);
        return inherited ? orphans.Concat(page.SkipWhile(d => d.IsQuote).Where(d => !d.IsQuote)) : page;
    }

    private static int DayOf(IndexedDocument doc) =>
        DateOnly.ParseExact(doc.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - Epoch.DayNumber;

    private static IEnumerable<(int Value, int Count)> GroupAdjacent(this IEnumerable<int> values)
    {
        var count = 0;
        var current = 0;
        foreach (var value in values)
        {
            if (count > 0 && value == current)
            {
                count++;
                continue;
            }

            if (count > 0) yield return (current, count);
            (current, count) = (value, 1);
        }

        if (count > 0) yield return (current, count);
    }

    /// <summary>Readers rely on it: every quotation follows a record whose inherited facet values it has.</summary>
    private static void CheckInherited(IReadOnlyList<IndexedDocument> documents, IReadOnlySet<string> inherited)
    {
        IndexedDocument? record = null;
        foreach (var doc in documents)
        {
            if (!doc.IsQuote) record = doc;
            else if (record is null || inherited.Any(f => !doc.FacetValues(f).SequenceEqual(record.FacetValues(f))))
                throw new InvalidOperationException($"The quotation '{doc.Url}' does not follow a record with its organisations, plan, topics and language.");
        }
    }
}

/// <summary>A day page's hash and the day (since 1970-01-01) of its first document.</summary>
internal sealed record DayPage(string Hash, int FirstDay);

/// <summary>What the manifest's <c>columns</c> lists: the hashes of every page, the value table and the years.</summary>
internal sealed record DocumentColumns(
    DocumentColumnsWriter.Paging Paging,
    IReadOnlyList<string> TypePages,
    IReadOnlyList<string> FacetPages,
    IReadOnlyList<DayPage> DayPages,
    string Values,
    IReadOnlyList<(int Year, int FirstDoc)> Years)
{
    private const string TypesPath = "c/types/{hash}.bin.gz";
    private const string FacetsPath = "c/facets/{hash}.bin.gz";
    private const string DaysPath = "c/days/{hash}.bin.gz";
    private const string ValuesPath = "c/values/{hash}.json.gz";

    /// <summary>Every file these columns consist of, relative to the export folder.</summary>
    public IEnumerable<string> Files =>
        TypePages.Select(h => PathOf(TypesPath, h))
            .Concat(FacetPages.Select(h => PathOf(FacetsPath, h)))
            .Concat(DayPages.Select(d => PathOf(DaysPath, d.Hash)))
            .Append(PathOf(ValuesPath, Values))
            .Distinct(StringComparer.Ordinal);

    /// <summary>The columns a manifest's <c>columns</c> object lists (the inverse of <see cref="WriteTo"/>).</summary>
    public static DocumentColumns ListedIn(JsonElement columns)
    {
        static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
        var values = columns.GetProperty("values").GetString()!;
        var hashAt = ValuesPath.IndexOf("{hash}", StringComparison.Ordinal);
        return new DocumentColumns(
            new DocumentColumnsWriter.Paging(columns.GetProperty("typePageSize").GetInt32(), columns.GetProperty("facetPageSize").GetInt32()),
            Strings(columns.GetProperty("typePages")),
            Strings(columns.GetProperty("facetPages")),
            [.. columns.GetProperty("dayPages").EnumerateArray().Select(d => new DayPage(d[0].GetString()!, d[1].GetInt32()))],
            values[hashAt..^(ValuesPath.Length - hashAt - "{hash}".Length)],
            [.. columns.GetProperty("years").EnumerateArray().Select(y => (y[0].GetInt32(), y[1].GetInt32()))]);
    }

    private static string PathOf(string template, string hash) => template.Replace("{hash}", hash, StringComparison.Ordinal);

    /// <summary>Writes the manifest's <c>columns</c> object.</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject("columns");
        json.WriteNumber("typePageSize", Paging.TypePageSize);
        json.WriteNumber("facetPageSize", Paging.FacetPageSize);
        json.WriteString("types", TypesPath);
        json.WriteString("facets", FacetsPath);
        json.WriteString("days", DaysPath);
        json.WriteString("values", PathOf(ValuesPath, Values));
        WriteArray(json, "typePages", TypePages, (w, h) => w.WriteStringValue(h));
        WriteArray(json, "facetPages", FacetPages, (w, h) => w.WriteStringValue(h));
        WriteArray(json, "dayPages", DayPages, (w, d) =>
        {
            w.WriteStartArray();
            w.WriteStringValue(d.Hash);
            w.WriteNumberValue(d.FirstDay);
            w.WriteEndArray();
        });
        WriteArray(json, "years", Years, (w, y) =>
        {
            w.WriteStartArray();
            w.WriteNumberValue(y.Year);
            w.WriteNumberValue(y.FirstDoc);
            w.WriteEndArray();
        });
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items) write(json, item);
        json.WriteEndArray();
    }
}
