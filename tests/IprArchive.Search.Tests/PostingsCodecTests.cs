using IprArchive.Search.Export;

namespace IprArchive.Search.Tests;

/// <summary>Postings of format 3 read back as written, in both forms of doc ids, and the denser form takes the bitmap.</summary>
public sealed class PostingsCodecTests
{
    [Theory]
    [InlineData(new[] { 3, 900, 70_000 }, 0)]                 // sparse: gaps
    [InlineData(new[] { 10, 11, 12, 14, 15, 17, 19, 20, 21, 23 }, 1)] // dense: a bitmap
    public void Postings_read_back_as_written(int[] docs, int expectedForm)
    {
        var freqs = docs.Select((_, i) => 1 + (i % 3)).ToArray();
        var norms = docs.Select((_, i) => (byte)(100 + i)).ToArray();
        var bytes = PostingsCodec.Encode(new FieldPostings(0, docs, freqs, norms, null));

        Assert.Equal(expectedForm, bytes[0]);
        var (readDocs, readFreqs, readNorms) = PostingsCodec.Decode(new ByteSource(bytes), docs.Length, hasNorms: true);
        Assert.Equal(docs, readDocs);
        Assert.Equal(freqs, readFreqs);
        Assert.Equal(norms, readNorms);
    }

    [Fact]
    public void A_keyword_field_has_no_norm_bytes()
    {
        var bytes = PostingsCodec.Encode(new FieldPostings(0, [5, 6, 7], [1, 1, 1], null, null));
        var (docs, freqs, norms) = PostingsCodec.Decode(new ByteSource(bytes), 3, hasNorms: false);
        Assert.Equal([5, 6, 7], docs);
        Assert.Equal([1, 1, 1], freqs);
        Assert.Null(norms);
    }
}
