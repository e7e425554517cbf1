using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IprArchive.Search.Export;

/// <summary>
/// Cuts the sorted terms into term shards (with their positions shards) and writes the two-level
/// table that maps a term to its shard: pages of <see cref="PageSize"/> shard entries
/// (s/{hash}.json.gz), listed in the manifest by first term. The manifest stays a few hundred bytes
/// of shard data at 100,000 records; a query fetches one small page per term range it touches.
/// </summary>
internal static class ShardTable
{
    /// <summary>A term shard is closed once its postings reach about this many (uncompressed) bytes.</summary>
    public const int TargetShardBytes = 3_000;

    /// <summary>Shard entries per page of the table.</summary>
    public const int PageSize = 128;

    /// <summary>One term shard: the lowest key it holds and the hash naming its two files.</summary>
    public sealed record Shard(string First, string Hash);

    /// <summary>One page of the table: its first shard's key and the hash naming the page file.</summary>
    public sealed record Page(string First, string Hash);

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes t/ and p/ shards for <paramref name="terms"/> (sorted ordinally), read as they come:
    /// one shard's terms are gathered while the shards before it are encoded and gzipped on the
    /// other cores.
    /// </summary>
    public static List<Shard> WriteShards(string root, IEnumerable<TermEntry> terms)
    {
        var shards = new SortedList<int, Shard>();
        Parallel.ForEach(
            Partitioner.Create(Cut(terms), EnumerablePartitionerOptions.NoBuffering),
            run =>
            {
                var (dictionary, positions) = TermShardWriter.Encode(run.Terms);
                var shard = new Shard(run.First, ShardFiles.WritePair(root, dictionary, positions));
                lock (shards) shards.Add(run.Number, shard);
            });
        return [.. shards.Values];
    }

    private sealed record Run(int Number, string First, List<TermEntry> Terms);

    /// <summary>Consecutive terms, cut once their estimated size reaches <see cref="TargetShardBytes"/>.</summary>
    private static IEnumerable<Run> Cut(IEnumerable<TermEntry> terms)
    {
        var number = 0;
        var first = "";
        var run = new List<TermEntry>();
        var size = 0;
        foreach (var entry in terms)
        {
            if (run.Count > 0 && size >= TargetShardBytes)
            {
                yield return new Run(number++, first, run);
                first = Separator(run[^1].Term, entry.Term);
                run = [];
                size = 0;
            }
            run.Add(entry);
            size += TermShardWriter.EstimatedSize(entry);
        }
        if (run.Count > 0) yield return new Run(number, first, run);
    }

    /// <summary>Writes the table pages (JSON arrays of [first, hash]) as s/{hash}.json.gz.</summary>
    public static List<Page> WritePages(string root, List<Shard> shards) =>
        shards.Chunk(PageSize).Select(page =>
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(page.Select(s => new[] { s.First, s.Hash }), Json);
            return new Page(page[0].First, ShardFiles.WriteNamedByHash(root, "s", ".json", json));
        }).ToList();

    /// <summary>Shortest prefix of <paramref name="first"/> that still sorts after <paramref name="previous"/>: keeps the table small.</summary>
    private static string Separator(string previous, string first)
    {
        for (var length = 1; length < first.Length; length++)
        {
            if (char.IsHighSurrogate(first[length - 1])) continue;
            if (string.CompareOrdinal(first[..length], previous) > 0) return first[..length];
        }
        return first;
    }
}
