namespace IprArchive.Search.Export;

/// <summary>
/// The postings of one (term, field) entry of a term shard, stored column-wise: the doc ids, then
/// every freq, then every norm byte. Like values side by side gzip smaller than interleaved
/// triples, and doc ids dense enough are a bitmap rather than gaps. A large entry (format 4,
/// <see cref="ScoreSplit"/>) keeps in the shard only its doc ids, the bound of the postings left
/// out and the freqs and norms of those that can score highest; every freq and norm goes to the
/// shard's scores file. Layout in docs/search-format.md, "Term shards".
/// </summary>
internal static class PostingsCodec
{
    /// <summary>Doc ids as varint gaps (the first absolute).</summary>
    private const int Gaps = 0;

    /// <summary>Doc ids as the first id, then a bitmap over the ids from it (bit i: first + i).</summary>
    private const int Bitmap = 1;

    /// <summary>
    /// The entry's bytes in the term shard, and in the scores file (empty when the entry is not
    /// split): doc ids, then freqs and norm bytes (when the field keeps norms), or for a split
    /// entry the bound (freq, norm byte), the number of kept postings, their indexes as gaps, their
    /// freqs and norms in the shard and every freq and norm in the scores file.
    /// </summary>
    public static (byte[] Postings, byte[] Scores) Encode(FieldPostings field)
    {
        var writer = new ByteWriter();
        WriteDocs(writer, field.Docs);
        if (ScoreSplit.Choose(field) is not { } split)
        {
            WriteScores(writer, field.Freqs, field.Norms);
            return (writer.ToArray(), []);
        }
        var norms = field.Norms!;
        writer.Varint(split.Freq);
        writer.Byte(split.Norm);
        writer.Varint(split.Kept.Length);
        var last = 0;
        foreach (var index in split.Kept)
        {
            writer.Varint(index - last);
            last = index;
        }
        WriteScores(writer, [.. split.Kept.Select(i => field.Freqs[i])], [.. split.Kept.Select(i => norms[i])]);
        var scores = new ByteWriter();
        WriteScores(scores, field.Freqs, norms);
        return (writer.ToArray(), scores.ToArray());
    }

    /// <summary>
    /// The inverse of <see cref="Encode"/> for an entry of <paramref name="df"/> postings; a split
    /// entry's freqs and norms are read from <paramref name="scores"/>, its bytes in the scores file.
    /// </summary>
    public static (int[] Docs, int[] Freqs, byte[]? Norms) Decode(ByteSource source, int df, bool hasNorms, ByteSource? scores)
    {
        var docs = ReadDocs(source, df);
        var from = scores ?? source;
        var freqs = new int[df];
        for (var i = 0; i < df; i++) freqs[i] = from.Varint();
        var norms = hasNorms ? from.Bytes(df) : null;
        return (docs, freqs, norms);
    }

    private static void WriteScores(ByteWriter writer, int[] freqs, byte[]? norms)
    {
        foreach (var freq in freqs) writer.Varint(freq);
        if (norms is not null) writer.Bytes(norms);
    }

    /// <summary>
    /// The smaller of the two forms, in plain bytes: a bitmap wins once about one doc in eight of
    /// the span holds the term (gaps of a byte each), which is the case for the common words that
    /// make most of a broad query's bytes.
    /// </summary>
    private static void WriteDocs(ByteWriter writer, int[] docs)
    {
        if (docs.Length == 0)
        {
            writer.Varint(Gaps);
            return;
        }
        var bitmapBytes = ((docs[^1] - docs[0]) / 8) + 1;
        if (bitmapBytes < GapBytes(docs))
        {
            writer.Varint(Bitmap);
            writer.Varint(docs[0]);
            var bits = new byte[bitmapBytes];
            foreach (var doc in docs) bits[(doc - docs[0]) >> 3] |= (byte)(1 << ((doc - docs[0]) & 7));
            writer.Varint(bitmapBytes);
            writer.Bytes(bits);
            return;
        }
        writer.Varint(Gaps);
        var last = 0;
        foreach (var doc in docs)
        {
            writer.Varint(doc - last);
            last = doc;
        }
    }

    private static int GapBytes(int[] docs)
    {
        var bytes = 0;
        var last = 0;
        foreach (var doc in docs)
        {
            bytes += VarintLength(doc - last);
            last = doc;
        }
        return bytes;
    }

    private static int VarintLength(int value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }
        return length;
    }

    private static int[] ReadDocs(ByteSource source, int df)
    {
        var docs = new int[df];
        if (source.Varint() == Gaps)
        {
            var last = 0;
            for (var i = 0; i < df; i++) docs[i] = last += source.Varint();
            return docs;
        }
        var first = source.Varint();
        var bits = source.Bytes(source.Varint());
        var n = 0;
        for (var offset = 0; offset < bits.Length * 8 && n < df; offset++)
        {
            if ((bits[offset >> 3] & (1 << (offset & 7))) != 0) docs[n++] = first + offset;
        }
        return docs;
    }
}
