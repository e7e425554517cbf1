namespace IprArchive.Search.Export;

/// <summary>
/// The postings of one (term, field) entry of a term shard, stored column-wise (format 3): the doc
/// ids, then every freq, then every norm byte. Like values side by side gzip smaller than
/// interleaved triples, and doc ids dense enough are a bitmap rather than gaps.
/// Layout in docs/search-format.md, "Term shards".
/// </summary>
internal static class PostingsCodec
{
    /// <summary>Doc ids as varint gaps (the first absolute).</summary>
    private const int Gaps = 0;

    /// <summary>Doc ids as the first id, then a bitmap over the ids from it (bit i: first + i).</summary>
    private const int Bitmap = 1;

    /// <summary>Doc ids, freqs, norm bytes (when the field keeps norms).</summary>
    public static byte[] Encode(FieldPostings field)
    {
        var writer = new ByteWriter();
        WriteDocs(writer, field.Docs);
        foreach (var freq in field.Freqs) writer.Varint(freq);
        if (field.Norms is { } norms) writer.Bytes(norms);
        return writer.ToArray();
    }

    /// <summary>The inverse of <see cref="Encode"/> for an entry of <paramref name="df"/> postings.</summary>
    public static (int[] Docs, int[] Freqs, byte[]? Norms) Decode(ByteSource source, int df, bool hasNorms)
    {
        var docs = ReadDocs(source, df);
        var freqs = new int[df];
        for (var i = 0; i < df; i++) freqs[i] = source.Varint();
        var norms = hasNorms ? source.Bytes(df) : null;
        return (docs, freqs, norms);
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
