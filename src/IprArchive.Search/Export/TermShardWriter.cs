namespace IprArchive.Search.Export;

/// <summary>
/// Encodes a run of consecutive terms into a term shard (dictionary + postings + norms) and its
/// positions shard. Layout in docs/search-format.md.
/// </summary>
internal static class TermShardWriter
{
    /// <summary>The term shard and the positions shard for <paramref name="terms"/>.</summary>
    public static (byte[] Terms, byte[] Positions) Encode(IReadOnlyList<TermEntry> terms)
    {
        var dictionary = new ByteWriter();
        var positions = new ByteWriter();
        dictionary.Varint(terms.Count);
        var previous = "";
        foreach (var entry in terms)
        {
            var shared = SharedPrefix(previous, entry.Term);
            dictionary.Varint(shared);
            dictionary.String(entry.Term[shared..]);
            dictionary.Varint(entry.Fields.Count);
            foreach (var field in entry.Fields)
            {
                dictionary.Varint(field.FieldIndex);
                dictionary.Varint(field.Docs.Length);
                var postings = PostingsCodec.Encode(field);
                dictionary.Varint(postings.Length);
                dictionary.Bytes(postings);
                var fieldPositions = Positions(field);
                dictionary.Varint(fieldPositions.Length);
                positions.Bytes(fieldPositions);
            }
            previous = entry.Term;
        }
        return (dictionary.ToArray(), positions.ToArray());
    }

    /// <summary>Estimated encoded size, used to cut shards.</summary>
    public static int EstimatedSize(TermEntry entry) =>
        entry.Term.Length + entry.Fields.Sum(f => 4 + (f.Docs.Length * 3));

    /// <summary>Per doc, freq position deltas (first absolute); empty for fields without positions.</summary>
    private static byte[] Positions(FieldPostings field)
    {
        if (field.Positions is null) return [];
        var writer = new ByteWriter();
        foreach (var docPositions in field.Positions)
        {
            var last = 0;
            foreach (var position in docPositions)
            {
                writer.Varint(position - last);
                last = position;
            }
        }
        return writer.ToArray();
    }

    /// <summary>Shared UTF-16 prefix length, never splitting a surrogate pair (the suffix must be valid UTF-8).</summary>
    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        var max = Math.Min(a.Length, b.Length);
        while (n < max && a[n] == b[n]) n++;
        if (n > 0 && char.IsHighSurrogate(b[n - 1])) n--;
        return n;
    }
}
