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
        // Freqs 1 to 4 and field lengths from one word to a few hundred, mixed.
        var freqs = docs.Select((_, i) => 1 + (i % 13 == 0 ? 1 : 0) + (i % 31 == 0 ? 2 : 0)).ToArray();
        var norms = docs.Select((_, i) => (byte)(95 + ((i * 13) % 29))).ToArray();
        var field = new FieldPostings(2, docs, freqs, norms, null);

        var split = ScoreSplit.Choose(field)!;
        Assert.InRange(split.Kept.Length, docs.Length / ScoreSplit.KeptShare, docs.Length / 4);
        for (var i = 0; i < docs.Length; i++)
        {
            // Every posting left out is bounded by a frontier pair (freq and norm both at most its).
            if (Array.BinarySearch(split.Kept, i) >= 0) continue;
            Assert.Contains(split.Frontier, p => freqs[i] <= p.Freq && norms[i] <= p.Norm);
        }

        var (bytes, scores) = PostingsCodec.Encode(field);
        Assert.NotEmpty(scores);
        var (readDocs, readFreqs, readNorms) = PostingsCodec.Decode(new ByteSource(bytes), docs.Length, hasNorms: true, new ByteSource(scores));
        Assert.Equal(docs, readDocs);
        Assert.Equal(freqs, readFreqs);
        Assert.Equal(norms, readNorms);
    }

    [Fact]
    public void A_small_entry_or_one_scoring_evenly_is_not_split()
    {
        Assert.Null(ScoreSplit.Choose(new FieldPostings(0, [1, 2, 3], [1, 2, 3], [100, 101, 102], null)));
        var docs = Enumerable.Range(0, 4000).ToArray();
        Assert.Null(ScoreSplit.Choose(new FieldPostings(0, docs, [.. docs.Select(_ => 1)], [.. docs.Select(i => (byte)(118 + (i % 2)))], null)));
    }
}
