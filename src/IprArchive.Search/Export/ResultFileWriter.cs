using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using IprArchive.Search.Indexing;
using Lucene.Net.Index;

namespace IprArchive.Search.Export;

/// <summary>
/// Writes one gzip JSON file per document with what a result shows (url, title, date, speakers,
/// paragraphs for the snippet). Documents are grouped in ranges of <see cref="RangeSize"/> doc ids;
/// each range's folder is named by the hash of its files (d/{hash}/{docId}.json.gz), so names stay
/// content-hashed while the columns shard carries only one hash per range, not one per document.
/// </summary>
internal static class ResultFileWriter
{
    /// <summary>Documents per hashed folder.</summary>
    public const int RangeSize = 256;

    /// <summary>Bytes of each range hash (written into the columns shard).</summary>
    public const int HashBytes = 4;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes every document's file, a range per core at a time (paragraphs are read from
    /// <paramref name="reader"/> as each range is written); returns the hash of each range, in range order.
    /// </summary>
    public static byte[][] WriteAll(string root, IndexReader reader, IReadOnlyList<IndexedDocument> documents)
    {
        // Ranges are taken by number, so that documents read as they are asked for are held only
        // while their range is written.
        var hashes = new byte[(documents.Count + RangeSize - 1) / RangeSize][];
        Parallel.For(0, hashes.Length, r =>
        {
            var ids = Enumerable.Range(r * RangeSize, Math.Min(RangeSize, documents.Count - (r * RangeSize)));
            var files = ids.Select(id => documents[id]).Select(d => (d.DocId, Gz: FileOf(reader, d))).ToList();
            var hash = RangeHash(files.Select(f => f.Gz));
            var folder = Path.Combine(root, "d", Convert.ToHexStringLower(hash));
            Directory.CreateDirectory(folder);
            foreach (var (docId, gz) in files) File.WriteAllBytes(Path.Combine(folder, $"{docId}.json.gz"), gz);
            hashes[r] = hash;
        });
        return hashes;
    }

    /// <summary>
    /// A record's file names its paragraphs' anchors only when they are not p-1, p-2… and its
    /// inline quotations only when it has some; a quotation's says so, with its speaker's credit
    /// and the event (docs/search-format.md).
    /// </summary>
    /// <summary>The gzip result file of <paramref name="doc"/> (its passages read from <paramref name="reader"/>).</summary>
    internal static byte[] FileOf(IndexReader reader, IndexedDocument doc) => ShardFiles.Gzip(Serialize(doc, StoredPassages.Of(reader, doc.DocId)));

    private static byte[] Serialize(IndexedDocument doc, StoredPassages passages)
    {
        var file = new Dictionary<string, object>
        {
            ["url"] = doc.Url,
            ["title"] = doc.Title,
            ["date"] = doc.Date,
            ["speakers"] = doc.Speakers,
            ["paragraphs"] = passages.Paragraphs,
        };
        if (passages.Anchors.Count > 0) file["anchors"] = passages.Anchors;
        if (passages.QuotedRanges.Count > 0) file["quotes"] = passages.QuotedRanges.Select(r => new object[] { r.Paragraph, r.Start, r.End, r.Anchor });
        if (doc.IsQuote)
        {
            file["type"] = doc.Type;
            if (passages.Credit is not null) file["credit"] = passages.Credit;
            if (passages.Event is not null) file["event"] = passages.Event;
        }
        return JsonSerializer.SerializeToUtf8Bytes(file, Json);
    }

    /// <summary>SHA-256 over each file's length and bytes, cut to <see cref="HashBytes"/>.</summary>
    internal static byte[] RangeHash(IEnumerable<byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var gz in files)
        {
            hash.AppendData(BitConverter.GetBytes(gz.Length));
            hash.AppendData(gz);
        }
        return hash.GetHashAndReset()[..HashBytes];
    }
}
