namespace IprArchive.Bench.Corpus;

/// <summary>
/// Picks an index with probability proportional to a weight, by binary search over the running
/// sums; Zipf-like weights (1 / rank^s) make a few items common and most rare, as speakers,
/// topics and words are in a real archive.
/// </summary>
internal sealed class WeightedPick
{
    private readonly double[] _cumulative;

    public WeightedPick(IEnumerable<double> weights)
    {
        var sum = 0.0;
        _cumulative = [.. weights.Select(w => sum += w)];
        if (_cumulative.Length == 0 || sum <= 0)
        {
            throw new ArgumentException("at least one positive weight is needed", nameof(weights));
        }
    }

    /// <summary>Number of items.</summary>
    public int Count => _cumulative.Length;

    /// <summary>Weights 1 / rank^<paramref name="exponent"/> for ranks 1..<paramref name="count"/>.</summary>
    public static WeightedPick Zipf(int count, double exponent = 1.0) =>
        new(Enumerable.Range(1, count).Select(rank => 1 / Math.Pow(rank, exponent)));

    /// <summary>An index in 0..Count-1.</summary>
    public int Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
