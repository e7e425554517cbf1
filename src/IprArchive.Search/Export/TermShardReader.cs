namespace IprArchive.Search.Export;

/// <summary>
/// Decodes a term shard and its positions shard back into <see cref="TermEntry"/>s: the inverse of
/// <see cref="TermShardWriter"/>, used to patch an export in place and to compare two exports.
/// </summary>
internal static class TermShardReader
{
    /// <summary>The terms of the shard pair named <paramref name="hash"/> under <paramref name="root"/>.</summary>
    public static List<TermEntry> Read(string root, string hash) =>
        Decode(ShardFiles.Gunzip(Path.Combine(root, "t", $"{hash}.bin.gz")), ShardFiles.Gunzip(Path.Combine(root, "p", $"{hash}.bin.gz")));

    /// <summary>Decodes the plain bytes of a term shard and its positions shard.</summary>
    public static List<TermEntry> Decode(byte[] terms, byte[] positions)
    {
        var dictionary = new ByteSource(terms);
        var positionsAt = 0;
        var entries = new List<TermEntry>();
        var previous = "";
        for (var count = dictionary.Varint(); count > 0; count--)
        {
            var shared = dictionary.Varint();
            var term = previous[..shared] + dictionary.String();
            var fields = new List<FieldPostings>();
            for (var fieldCount = dictionary.Varint(); fieldCount > 0; fieldCount--)
            {
                var field = dictionary.Varint();
                var df = dictionary.Varint();
                var postings = new ByteSource(dictionary.Bytes(dictionary.Varint()));
                var positionsLength = dictionary.Varint();
                var entryPositions = new ByteSource(positions.AsSpan(positionsAt, positionsLength).ToArray());
                positionsAt += positionsLength;
                fields.Add(ReadPostings(field, df, postings, positionsLength > 0 ? entryPositions : null));
            }
            entries.Add(new TermEntry(term, fields));
            previous = term;
        }
        return entries;
    }

    private static FieldPostings ReadPostings(int field, int df, ByteSource postings, ByteSource? positions)
    {
        var (docs, freqs, norms) = PostingsCodec.Decode(postings, df, SearchFields.Queryable[field].IsAnalyzed);
        return new FieldPostings(field, docs, freqs, norms, positions is null ? null : ReadPositions(freqs, positions));
    }

    private static int[][] ReadPositions(int[] freqs, ByteSource positions) => [.. freqs.Select(freq =>
    {
        var at = new int[freq];
        var last = 0;
        for (var i = 0; i < freq; i++) at[i] = last += positions.Varint();
        return at;
    })];
}
