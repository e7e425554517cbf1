using System.Globalization;
using System.Text.RegularExpressions;
using IprArchive.Search;

namespace IprArchive.Parity;

/// <summary>A generated query with the options it runs with.</summary>
public sealed record GeneratedQuery(
    string Form,
    string Query,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    string? From,
    string? To,
    string Sort);

/// <summary>
/// Generates queries of every syntax form from a corpus's own words, names and values
/// (deterministic for a given corpus and seed), so most of them have hits.
/// </summary>
public sealed partial class QueryGenerator
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoFilters = [];
    private readonly Random _random;
    private readonly string[] _words;
    private readonly string[] _pairs;
    private readonly string[] _surnames;
    private readonly string[] _speakers;
    private readonly string[] _acronyms;
    private readonly string[] _topics;
    private readonly string[] _years;
    private readonly string[] _dates;
    private readonly string[] _cjk;
    private readonly string[] _organizations;
    private readonly string[] _quotePairs;
    private readonly string[][] _documentWords;

    /// <summary>Collects the vocabulary of <paramref name="all"/>'s records (and, for phrases, of their quotations).</summary>
    public QueryGenerator(IReadOnlyList<SearchDocument> all, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(all);
        _random = new Random(seed);
        var documents = all.Where(d => d.Type == DocumentTypes.Announcement).ToList();
        _quotePairs = all.Where(d => d.Type == DocumentTypes.Quote).SelectMany(d => Pair().Matches(d.Paragraphs[0]).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(5000).ToArray();
        var text = documents.SelectMany(d => d.Paragraphs.Prepend(d.Summary).Prepend(d.Title)).ToList();
        _words = text.SelectMany(t => Word().Matches(t).Select(m => m.Value))
            .Where(w => !Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet.Contains(w.ToLowerInvariant()))
            .GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(1500).Select(g => g.Key).ToArray();
        var common = _words.ToHashSet(StringComparer.Ordinal);
        _documentWords = documents
            .Select(d => d.Paragraphs.Prepend(d.Summary).Prepend(d.Title).SelectMany(t => Word().Matches(t).Select(m => m.Value))
                .Where(common.Contains).Distinct(StringComparer.Ordinal).ToArray())
            .Where(words => words.Length > 0).ToArray();
        _pairs = text.SelectMany(t => Pair().Matches(t).Select(m => m.Value)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Take(5000).ToArray();
        _speakers = documents.SelectMany(d => d.Speakers.Select(s => s.Name)).Distinct().Order(StringComparer.Ordinal).ToArray();
        _surnames = _speakers.Select(n => n.Split(' ')[^1]).Distinct().Order(StringComparer.Ordinal).ToArray();
        _organizations = documents.SelectMany(d => d.Organizations.Select(o => o.Name)).Distinct().Order(StringComparer.Ordinal).ToArray();
        _acronyms = documents.SelectMany(d => d.Organizations.SelectMany(o => o.Aliases)).Distinct().Order(StringComparer.Ordinal).ToArray();
        _topics = documents.SelectMany(d => d.Topics).Distinct().Order(StringComparer.Ordinal).ToArray();
        _years = documents.Select(d => d.Date.Year.ToString(CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal).ToArray();
        _dates = documents.Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal).ToArray();
        _cjk = text.SelectMany(t => Cjk().Matches(t).Select(m => m.Value)).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>At least <paramref name="count"/> queries, cycling through every form.</summary>
    public List<GeneratedQuery> Generate(int count)
    {
        var forms = Forms();
        var queries = new List<GeneratedQuery>();
        for (var i = 0; queries.Count < count; i++)
        {
            var (form, make) = forms[i % forms.Count];
            queries.Add(make() with { Form = form });
        }
        return queries;
    }

    private List<(string Form, Func<GeneratedQuery> Make)> Forms() =>
    [
        ("term", () => Q(W())),
        ("term-common", () => Q(_words[_random.Next(Math.Min(30, _words.Length))])),
        ("and-2", () => Q(string.Join(' ', D(2)))),
        ("and-3", () => Q(string.Join(' ', D(3)))),
        ("and-random", () => Q($"{W()} {W()}")),
        ("and-explicit", () => Q(string.Join(" AND ", D(2)))),
        ("or", () => Q($"{W()} OR {W()}")),
        ("or-3", () => Q($"{W()} OR {W()} OR {W()}")),
        ("mixed-and-or", () => Q($"{W()} {W()} OR {W()}")),
        ("not", () => Q($"{W()} NOT {W()}")),
        ("minus", () => Q($"{W()} -{W()}")),
        ("plus", () => Q($"+{string.Join(" +", D(2))} {W()}")),
        ("plus-or", () => Q($"+{W()} {W()} OR {W()}")),
        ("phrase", () => Q($"\"{Pick(_pairs)}\"")),
        ("phrase-and-term", () => Q($"\"{Pick(_pairs)}\" {W()}")),
        ("phrase-or", () => Q($"\"{Pick(_pairs)}\" OR \"{Pick(_pairs)}\"")),
        ("title", () => Q($"title:{W()}")),
        ("summary", () => Q($"summary:{W()}")),
        ("body", () => Q($"body:{W()}")),
        ("body-phrase", () => Q($"body:\"{Pick(_pairs)}\"")),
        ("speaker", () => Q($"speaker:{Pick(_surnames)}")),
        ("speaker-phrase", () => Q($"speaker:\"{Pick(_speakers)}\"")),
        ("org", () => Q($"org:{Pick(_acronyms)}")),
        ("organization-alias", () => Q($"organization:{Pick(_acronyms)} {W()}")),
        ("topic", () => Q($"topic:\"{Pick(_topics)}\"")),
        ("plan", () => Q("plan:five")),
        ("event", () => Q($"event:{W()}")),
        ("year", () => Q($"year:{Pick(_years)} {W()}")),
        ("lang", () => Q($"lang:{(_random.Next(2) == 0 ? "en" : "zh")} {W()}")),
        ("type", () => Q($"type:announcement {W()}")),
        ("type-quote", () => Q($"type:quote {W()}")),
        ("type-quote-phrase", () => Q($"type:quote \"{Pick(_quotePairs)}\"")),
        ("type-quote-or", () => Q($"type:quote OR {W()}")),
        ("not-type-quote", () => Q($"{W()} -type:quote")),
        ("quotes", () => Q(W()) with { Filters = F(DocumentTypes.Field, DocumentTypes.Quote) }),
        ("quotes-phrase", () => Q($"\"{Pick(_quotePairs)}\"") with { Filters = F(DocumentTypes.Field, DocumentTypes.Quote) }),
        ("quotes-speaker", () => Q($"{W()} OR {W()}") with { Filters = new Dictionary<string, IReadOnlyList<string>> { [DocumentTypes.Field] = [DocumentTypes.Quote], ["speaker"] = [Pick(_speakers)] } }),
        ("quotes-sort-date", () => Q($"{W()} OR {W()}") with { Filters = F(DocumentTypes.Field, DocumentTypes.Quote), Sort = "date" }),
        ("quotes-and-records", () => Q($"\"{Pick(_quotePairs)}\"") with { Filters = new Dictionary<string, IReadOnlyList<string>> { [DocumentTypes.Field] = [DocumentTypes.Announcement, DocumentTypes.Quote] } }),
        ("quoted-words-in-records", () => Q($"\"{Pick(_quotePairs)}\"")),
        ("prefix", () => Q($"{Prefix()}*")),
        ("prefix-field", () => Q($"title:{Prefix()}*")),
        ("prefix-and-term", () => Q($"{Prefix()}* {W()}")),
        ("parens", () => Q(D(3) is var d ? $"({d[0]} OR {W()}) {d[1]} -{d[2]}" : "")),
        ("parens-not", () => Q($"{W()} AND NOT ({W()} OR {W()})")),
        ("nested", () => Q($"(+{W()} ({W()} OR \"{Pick(_pairs)}\")) OR speaker:{Pick(_surnames)}")),
        ("cjk", () => Q(_cjk.Length > 0 ? Pick(_cjk) : "知识产权")),
        ("cjk-single-char", () => Q("权")),
        ("cjk-and-term", () => Q($"{(_cjk.Length > 0 ? Pick(_cjk) : "专利")} {W()}")),
        ("stop-words-only", () => Q(_random.Next(2) == 0 ? "the" : "the and of")),
        ("stop-word-and-term", () => Q($"the {W()}")),
        ("possessive-and-case", () => Q($"{Pick(_surnames).ToUpperInvariant()}'s {W()}")),
        ("surname", () => Q(Pick(_surnames))),
        ("alias", () => Q(Pick(_acronyms))),
        ("hyphenated", () => Q($"{W()}-{W()}")),
        ("filter-speaker", () => Q($"{W()} OR {W()}") with { Filters = F("speaker", Pick(_speakers)) }),
        ("filter-org", () => Q(W()) with { Filters = F("organization", Pick(_organizations)) }),
        ("filter-year-topic", () => Q(W()) with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = [Pick(_years), Pick(_years)], ["topic"] = [Pick(_topics)] } }),
        ("filter-dates", () => Q($"{W()} OR {W()}") with { From = $"{Pick(_years)}-01-01", To = $"{Pick(_years)}-12-31" }),
        ("filter-record-days", () => Q($"{W()} OR {W()} OR {W()}") with { From = Pick(_dates), To = Pick(_dates) }),
        ("filter-from-record-day", () => Q(W()) with { From = Pick(_dates), Sort = "date" }),
        ("malformed", () => Q(Pick(Malformed))),
        ("unclosed-phrase", () => Q($"\"{Pick(_pairs)}")),
        ("unclosed-group", () => Q($"({W()} OR {W()}")),
        ("unopened-group", () => Q($"{W()} OR {W()})")),
        ("sort-date", () => Q($"{W()} OR {W()}") with { Sort = "date" }),
        ("sort-date-filtered", () => Q(W()) with { Sort = "date", Filters = F("language", "en"), From = $"{Pick(_years)}-06-01" }),
    ];

    private static readonly string[] Malformed =
        ["\"unclosed phrase", "(patent", "patent)", "AND", "patent AND", "foo:bar", "patent~2", "title:", "pat?nt", "a^2", "-", "()"];

    private static GeneratedQuery Q(string query) => new("", query, NoFilters, null, null, "relevance");

    private static Dictionary<string, IReadOnlyList<string>> F(string facet, string value) => new() { [facet] = [value] };

    private string W() => _words[(int)Math.Min(_words.Length - 1, Math.Floor(Math.Pow(_random.NextDouble(), 2) * _words.Length))];

    /// <summary>Words that occur together in one document, so AND queries have hits.</summary>
    private string[] D(int count)
    {
        var words = _documentWords[_random.Next(_documentWords.Length)];
        return Enumerable.Range(0, count).Select(_ => words[_random.Next(words.Length)]).ToArray();
    }

    private string Prefix()
    {
        var word = W();
        return word[..Math.Min(word.Length, 3 + _random.Next(3))].ToLowerInvariant();
    }

    private string Pick(string[] values) => values.Length == 0 ? "none" : values[_random.Next(values.Length)];

    [GeneratedRegex(@"\b[A-Za-z][a-z]{2,14}\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b[a-z]{3,12} [a-z]{3,12}\b")]
    private static partial Regex Pair();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2,4}")]
    private static partial Regex Cjk();
}
