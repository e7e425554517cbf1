using System.Text;
using IprArchive.Search.Indexing;
using Lucene.Net.Index;

namespace IprArchive.Search.Export;

/// <summary>Where the alias table is and the filter that says which keys may be in it.</summary>
/// <param name="File">a/aliases.{hash}.json.gz, relative to the export.</param>
/// <param name="Filter">Base64 bits of <see cref="NameAliasWriter.BitsOf"/>: a key whose bits are not all set is no alias.</param>
internal sealed record NameAliasFile(string File, string Filter);

/// <summary>
/// Writes the index's other names of speakers and organisations (<see cref="NameAliasTable"/>) as
/// one small gzip file, and a bit filter of its keys that the manifest carries: the browser
/// fetches the file only when a query's speaker or organisation key passes the filter, so most
/// cold queries pay a few manifest bytes and no request for it (src/search-client/aliases.js).
/// </summary>
internal static class NameAliasWriter
{
    /// <summary>The folder the file is written to (the exporter owns and empties it).</summary>
    public const string Folder = "a";

    /// <summary>The manifest's key for <see cref="NameAliasFile"/>.</summary>
    public const string ManifestKey = "nameAliases";

    /// <summary>Filter bits per key: with two bits a key, about 1 in 70 other keys passes by chance.</summary>
    private const int BitsPerKey = 16;

    /// <summary>Writes the table kept in the index's commit data; null when the index knows no alias.</summary>
    public static NameAliasFile? Write(string root, DirectoryReader reader)
    {
        var table = SearchIndexBuilder.NameAliasesOf(reader);
        if (table.IsEmpty) return null;
        var keys = table.Keys.ToList();
        var filter = new byte[Math.Max(1, keys.Count * BitsPerKey / 8)];
        foreach (var (field, key) in keys)
            foreach (var bit in BitsOf(field, key, filter.Length * 8)) filter[bit >> 3] |= (byte)(1 << (bit & 7));
        return new NameAliasFile(ShardFiles.Write(root, Folder, "aliases", ".json", table.ToJson()), Convert.ToBase64String(filter));
    }

    /// <summary>The two filter bits of a key: FNV-1a (32-bit) of "field\0key" in UTF-8, and its halves swapped.</summary>
    internal static IEnumerable<int> BitsOf(string field, string key, int bitCount)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{field}\0{key}"))
        {
            hash = (hash ^ b) * 16777619u;
        }

        yield return (int)(hash % (uint)bitCount);
        yield return (int)(((hash >> 16) | (hash << 16)) % (uint)bitCount);
    }
}
