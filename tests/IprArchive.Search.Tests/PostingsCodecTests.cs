using IprArchive.Search.Export;

namespace IprArchive.Search.Tests;

/// <summary>Postings read back as written, in both forms of doc ids (the denser form takes the bitmap), and a large entry split (format 4).</summary>
public sealed class PostingsCodecTests
{
    [Theory]
    [InlineData(new[] { 3, 900, 70_000 }, 0)]                 // sparse: gaps
    [InlineData(new[] { 10, 11, 12, 14, 15, 17, 19, 20, 21, 23 }, 1)] // dense: a bitmap
    public void Postings_read_back_as_written(int[] docs, int expectedForm)
    {
        var freqs = docs.Select((_, i) => 1 + (i % 3)).ToArray();
        var norms = docs.Select((_, i) => (byte)(100 + i)).ToArray();
        var (bytes, scores) = PostingsCodec.Encode(new FieldPostings(0, docs, freqs, norms, null));

        Assert.Equal(expectedForm, bytes[0]);
        Assert.Empty(scores);
        var (readDocs, readFreqs, readNorms) = PostingsCodec.Decode(new ByteSource(bytes), docs.Length, hasNorms: true, scores: null);
        Assert.Equal(docs, readDocs);
        Assert.Equal(freqs, readFreqs);
        Assert.Equal(norms, readNorms);
    }

    [Fact]
    public void A_keyword_field_has_no_norm_bytes()
    {
        var (bytes, _) = PostingsCodec.Encode(new FieldPostings(0, [5, 6, 7], [1, 1, 1], null, null));
        var (docs, freqs, norms) = PostingsCodec.Decode(new ByteSource(bytes), 3, hasNorms: false, scores: null);
        Assert.Equal([5, 6, 7], docs);
        Assert.Equal([1, 1, 1], freqs);
        Assert.Null(norms);
    }

    [Fact]
    public void A_large_entry_keeps_only_the_postings_above_its_bound_and_reads_back_whole_with_its_scores()
    {
        var docs = Enumerable.Range(0, 4000).Select(i => i * 3).ToArray();
        var freqs = docs.Select((_, i) => 1 + (i % 7 == 0 ? i % 5 : 0)).ToArray();
        var norms = docs.Select((_, i) => (byte)(90 + (i % 40))).ToArray();
        var field = new FieldPostings(2, docs, freqs, norms, null);

        var split = ScoreSplit.Choose(field)!;
        Assert.InRange(split.Kept.Length, 1, docs.Length / ScoreSplit.KeptShare);
        for (var i = 0; i < docs.Length; i++)
        {
            // Every posting left out is bounded by the pair; every posting above it is kept.
            var above = freqs[i] > split.Freq || norms[i] > split.Norm;
            Assert.Equal(above, Array.BinarySearch(split.Kept, i) >= 0);
        }

        var (bytes, scores) = PostingsCodec.Encode(field);
        Assert.NotEmpty(scores);
        var (readDocs, readFreqs, readNorms) = PostingsCodec.Decode(new ByteSource(bytes), docs.Length, hasNorms: true, new ByteSource(scores));
        Assert.Equal(docs, readDocs);
        Assert.Equal(freqs, readFreqs);
        Assert.Equal(norms, readNorms);
    }

    [Fact]
    public void A_small_entry_is_not_split() =>
        Assert.Null(ScoreSplit.Choose(new FieldPostings(0, [1, 2, 3], [1, 2, 3], [100, 101, 102], null)));
}
