using System.IO.Compression;
using System.Security.Cryptography;

namespace IprArchive.Search.Export;

/// <summary>
/// Writes gzip files named by the hash of their bytes, so a name never changes meaning and can be
/// cached forever. Gzip output is deterministic (no timestamp, fixed level).
/// </summary>
internal static class ShardFiles
{
    /// <summary>Gzips <paramref name="content"/> into <paramref name="folder"/> as {prefix}.{hash}{extension}; returns the path relative to <paramref name="root"/>.</summary>
    public static string Write(string root, string folder, string prefix, string extension, byte[] content)
    {
        var gz = Gzip(content);
        var name = $"{prefix}.{Hash(gz)}{extension}.gz";
        var directory = Path.Combine(root, folder);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, name), gz);
        return $"{folder}/{name}";
    }

    /// <summary>
    /// Writes a term shard and its positions shard as t/{hash}.bin.gz and p/{hash}.bin.gz, one hash
    /// over both, so the manifest lists one name per pair.
    /// </summary>
    public static string WritePair(string root, byte[] terms, byte[] positions)
    {
        var termsGz = Gzip(terms);
        var positionsGz = Gzip(positions);
        var hash = Hash([.. termsGz, .. positionsGz]);
        foreach (var (folder, gz) in new[] { ("t", termsGz), ("p", positionsGz) })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
            File.WriteAllBytes(Path.Combine(root, folder, $"{hash}.bin.gz"), gz);
        }
        return hash;
    }

    /// <summary>Gzips <paramref name="content"/> as {folder}/{hash}{extension}.gz; returns the hash.</summary>
    public static string WriteNamedByHash(string root, string folder, string extension, byte[] content)
    {
        var gz = Gzip(content);
        var hash = Hash(gz);
        Directory.CreateDirectory(Path.Combine(root, folder));
        File.WriteAllBytes(Path.Combine(root, folder, $"{hash}{extension}.gz"), gz);
        return hash;
    }

    /// <summary>First 10 hex digits of SHA-256: plenty to tell versions of a file apart.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];

    /// <summary>Gzip with the smallest-size level; same input, same bytes.</summary>
    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(content);
        return output.ToArray();
    }

    /// <summary>The plain bytes of the gzip file at <paramref name="path"/> (the inverse of <see cref="Gzip"/>).</summary>
    public static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
