using Lucene.Net.Util;

namespace IprArchive.Search.Export;

/// <summary>
/// Which postings of a large (term, field) entry keep their freq and norm in the term shard
/// (format 4): those that can score highest. The others are the postings with freq ≤
/// <see cref="Freq"/> and norm byte ≤ <see cref="Norm"/> (BM25 rises with the freq and with the
/// norm byte, a shorter field), so the pair (Freq, Norm) bounds their score for any avgdl: the
/// engine ranks a query's top results from the kept postings and that bound, and fetches every
/// freq and norm (the shard's scores file) only when the bound could change the page shown.
/// </summary>
internal sealed record ScoreSplit(int Freq, byte Norm, int[] Kept)
{
    /// <summary>Entries with fewer postings keep every freq and norm in the shard.</summary>
    public const int MinPostings = 512;

    /// <summary>At most one posting in this many keeps its freq and norm in the shard.</summary>
    public const int KeptShare = 8;

    private const float K1 = 1.2f;
    private const float B = 0.75f;

    /// <summary>
    /// The split with the lowest bound among those keeping at most 1/<see cref="KeptShare"/> of
    /// the postings, or null when the entry is small or has no norms (keyword fields score by freq
    /// alone and are cheap to store whole). The bound is judged with the entry's own mean length
    /// standing in for avgdl: any choice is correct, this one only decides how often it helps.
    /// </summary>
    public static ScoreSplit? Choose(FieldPostings field)
    {
        if (field.Norms is not { } norms || field.Docs.Length < MinPostings) return null;
        var df = field.Docs.Length;
        var lengths = Enumerable.Range(0, 256).Select(n => LengthOf((byte)n)).ToArray();
        var meanLength = norms.Average(n => double.IsFinite(lengths[n]) ? lengths[n] : 0);
        var freqs = field.Freqs.Distinct().Order().ToArray();
        var counts = new int[freqs.Length, 256];
        for (var i = 0; i < df; i++) counts[Array.BinarySearch(freqs, field.Freqs[i]), norms[i]]++;
        var cumulative = new int[256];
        (int Freq, byte Norm, double Bound)? best = null;
        for (var f = 0; f < freqs.Length; f++)
        {
            for (var n = 0; n < 256; n++) cumulative[n] += counts[f, n];
            var low = 0;
            for (var n = 0; n < 256; n++)
            {
                low += cumulative[n];
                if (df - low > df / KeptShare) continue;
                var bound = Tf(freqs[f], lengths[n], meanLength);
                if (best is null || bound < best.Value.Bound) best = (freqs[f], (byte)n, bound);
                break;
            }
        }
        if (best is not { } chosen) return null;
        var kept = Enumerable.Range(0, df).Where(i => field.Freqs[i] > chosen.Freq || norms[i] > chosen.Norm).ToArray();
        return new ScoreSplit(chosen.Freq, chosen.Norm, kept);
    }

    /// <summary>The field length a norm byte stands for (Lucene's BM25 norm table).</summary>
    private static double LengthOf(byte norm)
    {
        var value = SmallSingle.Byte315ToSingle(norm);
        return 1.0 / (value * value);
    }

    private static double Tf(int freq, double length, double avgdl) =>
        double.IsFinite(length) ? freq / (freq + (K1 * (1 - B + (B * length / Math.Max(avgdl, 1e-9))))) : 0;
}
