using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using IprArchive.Search.Indexing;

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

    /// <summary>Writes every document's file; returns the hash of each range, in range order.</summary>
    public static List<byte[]> WriteAll(string root, IReadOnlyList<IndexedDocument> documents)
    {
        var hashes = new List<byte[]>();
        foreach (var range in documents.Chunk(RangeSize))
        {
            var files = range.Select(d => (d.DocId, Gz: ShardFiles.Gzip(Serialize(d)))).ToList();
            var hash = RangeHash(files.Select(f => f.Gz));
            var folder = Path.Combine(root, "d", Convert.ToHexStringLower(hash));
            Directory.CreateDirectory(folder);
            foreach (var (docId, gz) in files) File.WriteAllBytes(Path.Combine(folder, $"{docId}.json.gz"), gz);
            hashes.Add(hash);
        }
        return hashes;
    }

    private static byte[] Serialize(IndexedDocument doc) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
    {
        ["url"] = doc.Url,
        ["title"] = doc.Title,
        ["date"] = doc.Date,
        ["speakers"] = doc.Speakers,
        ["paragraphs"] = doc.Paragraphs,
    }, Json);

    /// <summary>SHA-256 over each file's length and bytes, cut to <see cref="HashBytes"/>.</summary>
    private static byte[] RangeHash(IEnumerable<byte[]> files)
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
