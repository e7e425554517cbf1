using Lucene.Net.Util;

namespace IprArchive.Search.Export;

/// <summary>
/// Which postings of a large (term, field) entry keep their freq and norm in the term shard
/// (format 4): those that can score highest. The others are bounded by <see cref="Frontier"/>, the
/// (freq, norm byte) pairs no other left-out posting exceeds in both: BM25 rises with the freq and
/// with the norm byte (a shorter field), so the best of these pairs bounds every left-out posting's
/// score for any avgdl. The engine ranks a query's top results from the kept postings and that
/// bound, and fetches the left-out freqs and norms (the shard's scores file) only when the bound
/// could change the page shown.
/// </summary>
internal sealed record ScoreSplit(IReadOnlyList<(int Freq, byte Norm)> Frontier, int[] Kept)
{
    /// <summary>Entries with fewer postings keep every freq and norm in the shard.</summary>
    public const int MinPostings = 2048;

    /// <summary>About one posting in this many keeps its freq and norm in the shard.</summary>
    public const int KeptShare = 8;

    /// <summary>
    /// A split whose bound is this close to the entry's best score is not made: scores that flat
    /// (a title, an event name: freq 1, like lengths) gain nothing from it and gzip small anyway.
    /// </summary>
    private const double FlatRatio = 0.9;

    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>
    /// The split of <paramref name="field"/>, or null when the entry is small, has no norms
    /// (keyword fields) or scores too evenly. Postings are ranked with the entry's own mean length
    /// standing in for avgdl: the frontier bound holds whatever the avgdl, this only decides how
    /// often the split spares a query the scores file.
    /// </summary>
    public static ScoreSplit? Choose(FieldPostings field)
    {
        if (field.Norms is not { } norms || field.Docs.Length < MinPostings) return null;
        var df = field.Docs.Length;
        var lengths = Enumerable.Range(0, 256).Select(n => LengthOf((byte)n)).ToArray();
        var meanLength = norms.Select(n => lengths[n]).Where(double.IsFinite).DefaultIfEmpty(1).Average();
        var tf = Enumerable.Range(0, df).Select(i => Tf(field.Freqs[i], lengths[norms[i]], meanLength)).ToArray();
        var threshold = tf.OrderDescending().ElementAt(df / KeptShare);
        var kept = Enumerable.Range(0, df).Where(i => tf[i] >= threshold).ToArray();
        if (kept.Length > df / 4 || kept.Length == df) return null;
        var frontier = FrontierOf([.. Enumerable.Range(0, df).Where(i => tf[i] < threshold).Select(i => (field.Freqs[i], norms[i]))]);
        var bound = frontier.Max(p => Tf(p.Freq, lengths[p.Norm], meanLength));
        return bound >= FlatRatio * tf.Max() ? null : new ScoreSplit(frontier, kept);
    }

    /// <summary>The pairs not exceeded in both freq and norm by another, by freq descending.</summary>
    private static List<(int Freq, byte Norm)> FrontierOf(IEnumerable<(int Freq, byte Norm)> pairs)
    {
        var frontier = new List<(int Freq, byte Norm)>();
        foreach (var group in pairs.GroupBy(p => p.Freq).OrderByDescending(g => g.Key))
        {
            var norm = group.Max(p => p.Norm);
            if (frontier.Count == 0 || norm > frontier[^1].Norm) frontier.Add((group.Key, norm));
        }
        return frontier;
    }

    /// <summary>The field length a norm byte stands for (Lucene's BM25 norm table).</summary>
    private static double LengthOf(byte norm)
    {
        var value = SmallSingle.Byte315ToSingle(norm);
        return 1.0 / (value * value);
    }

    private static double Tf(int freq, double length, double avgdl) =>
        double.IsFinite(length) ? freq / (freq + (K1 * (1 - B + (B * length / avgdl)))) : 0;
}
