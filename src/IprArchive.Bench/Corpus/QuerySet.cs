using System.Globalization;

namespace IprArchive.Bench.Corpus;

/// <summary>
/// The query file: words, two- and three-word queries, phrases, boolean and field queries,
/// speaker surnames and Chinese words, drawn from what the first records of the corpus say (the
/// commonest words skipped, the rest Zipf-weighted), shuffled so that any prefix of the file is a mix.
/// </summary>
internal sealed class QuerySet
{
    private const int Learned = 3000;
    private static readonly HashSet<string> StopWords = new(
        ["the", "and", "for", "that", "with", "this", "was", "are", "from", "its", "has", "have", "will", "been", "which", "their", "also", "more", "said", "said.", "into", "than", "were", "they", "not", "but", "our", "all", "can", "other", "such", "these", "over", "new"],
        StringComparer.Ordinal);

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pairs = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _surnames = new(StringComparer.Ordinal);
    private int _records;
    private bool _chinese;

    /// <summary>Counts a record's words (the first 3,000 records only: enough for a stable ranking).</summary>
    public void Learn(GeneratedRecord record)
    {
        _chinese |= record.Chinese;
        if (record.Chinese || _records++ >= Learned)
        {
            return;
        }

        foreach (var name in record.Speakers)
        {
            _surnames.Add(name.Split(' ')[^1]);
        }

        string? previous = null;
        foreach (var raw in record.Words)
        {
            var word = raw.Trim('.', ',', ';', ':', '(', ')', '"', '?', '!').ToLowerInvariant();
            var usable = word.Length >= 3 && word.All(char.IsLetter) && !StopWords.Contains(word);
            if (usable)
            {
                _words[word] = _words.GetValueOrDefault(word) + 1;
                if (previous is not null)
                {
                    var pair = $"{previous} {word}";
                    _pairs[pair] = _pairs.GetValueOrDefault(pair) + 1;
                }
            }

            // A phrase never spans punctuation or a skipped word.
            previous = usable && raw.Length == word.Length ? word : null;
        }
    }

    /// <summary><paramref name="count"/> queries, one per line, deterministic for <paramref name="random"/>.</summary>
    public IReadOnlyList<string> Write(int count, Random random)
    {
        var words = Ranked(_words, 3000, skip: 10);
        var pairs = Ranked(_pairs, 2000, skip: 0);
        if (words.Count == 0)
        {
            return [];
        }

        var zipf = WeightedPick.Zipf(words.Count);
        var pairPick = WeightedPick.Zipf(Math.Max(1, pairs.Count));
        string W() => words[zipf.Next(random)];
        string P() => pairs.Count > 0 ? pairs[pairPick.Next(random)] : $"{W()} {W()}";
        var surnames = _surnames.ToList();
        var forms = new List<(double Share, Func<string> Make)>
        {
            (0.30, W),
            (0.16, () => $"{W()} {W()}"),
            (0.07, () => $"{W()} {W()} {W()}"),
            (0.13, () => $"\"{P()}\""),
            (0.04, () => $"{W()} AND {W()}"),
            (0.04, () => $"{W()} OR {W()}"),
            (0.03, () => $"{W()} -{W()}"),
            (0.02, () => $"({W()} OR {W()}) {W()}"),
            (0.03, () => $"title:{W()}"),
            (0.02, () => $"summary:{W()}"),
            (0.03, () => surnames.Count > 0 ? $"speaker:{surnames[random.Next(surnames.Count)]}" : W()),
            (0.05, () => surnames.Count > 0 ? $"{surnames[random.Next(surnames.Count)]} {W()}" : W()),
            (_chinese ? 0.08 : 0, ChineseQuery),
        };
        var queries = new List<string>(count);
        foreach (var (share, make) in forms)
        {
            for (var i = 0; i < (int)Math.Round(share * count, MidpointRounding.AwayFromZero) && queries.Count < count; i++)
            {
                queries.Add(make());
            }
        }

        while (queries.Count < count)
        {
            queries.Add(W());
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(queries));
        return queries;

        string ChineseQuery() => random.Next(3) switch
        {
            0 => ChineseText.Pick(ChineseText.Objects, random),
            1 => ChineseText.Pick(ChineseText.Objects, random)[..2],
            _ => $"{ChineseText.Pick(ChineseText.Subjects, random)} {ChineseText.Pick(ChineseText.Objects, random)}",
        };
    }

    /// <summary>Keys by descending count, ties by ordinal order (a stable ranking).</summary>
    private static List<string> Ranked(Dictionary<string, int> counts, int take, int skip) =>
        [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Skip(skip).Take(take).Select(p => p.Key)];

    internal static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
