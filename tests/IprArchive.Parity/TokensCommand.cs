using System.Text.Encodings.Web;
using System.Text.Json;
using IprArchive.Search;
using IprArchive.Search.Analysis;

namespace IprArchive.Parity;

/// <summary>
/// `tokens`: Lucene's tokens for every distinct whitespace-separated word and every whole text
/// (title, summary, event, names, topics, plan, paragraph) of the corpora, for analysis parity.
/// </summary>
public static class TokensCommand
{
    /// <summary>Writes the token fixture; returns the number of cases written.</summary>
    public static int Run(IReadOnlyList<string> corpora, string outFile)
    {
        var documents = CorpusReader.ReadAll(corpora);
        var texts = documents.SelectMany(TextsOf).Concat(EdgeCases).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var words = texts.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        using var stream = File.Create(outFile);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        using var analyzer = new ArchiveAnalyzer();
        json.WriteStartObject();
        json.WriteString("analyzer", "ArchiveAnalyzer");
        json.WriteString("format", "each case: {text, tokens: [[term, position, start, end], ...]}");
        json.WriteNumber("documents", documents.Count);
        WriteCases(json, analyzer, "words", words.Order(StringComparer.Ordinal));
        WriteCases(json, analyzer, "texts", texts.Order(StringComparer.Ordinal));
        json.WriteEndObject();
        return words.Count + texts.Count;
    }

    // Cases the corpora may lack: accents, possessives, hyphens, numbers, CJK runs of every length, kana, hangul, mixed scripts, long tokens.
    private static readonly string[] EdgeCases =
    [
        "António Campinos's speech", "Director’s remarks", "e-mail U.S.A. 3.5% 1,862,000 2021-2025 R&D",
        "知", "知识", "知识产权", "国家知识产权局局长申长雨", "专利法第4条", "中国CNIPA局长", "ひらがなカタカナ", "한국특허청 KIPO",
        "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ", "naïve café Zürich Øresund straße", "It's the PCT's 40th year", "don't won't o'clock",
        "Xi Jinping's \"new era\"", "AI-generated inventions; patents/trademarks", "the and of to", "http://example.org/a?b=c user@example.com",
        new string('x', 300), "5G 6G H.264 ISO/IEC 27001", "WIPO‑administered treaties — 2024–2025", "“Quoted” ‘single’",
    ];

    private static IEnumerable<string> TextsOf(SearchDocument d) =>
        new[] { d.Title, d.Summary, d.Event ?? "", d.Plan?.Name ?? "" }
            .Concat(d.Speakers.Select(s => s.Name))
            .Concat(d.Organizations.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Concat(d.Topics)
            .Concat(d.Paragraphs);

    private static void WriteCases(Utf8JsonWriter json, ArchiveAnalyzer analyzer, string name, IEnumerable<string> texts)
    {
        json.WriteStartArray(name);
        foreach (var text in texts)
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            json.WriteStartArray("tokens");
            foreach (var token in AnalyzedToken.Analyze(analyzer, text))
            {
                json.WriteStartArray();
                json.WriteStringValue(token.Term);
                json.WriteNumberValue(token.Position);
                json.WriteNumberValue(token.Start);
                json.WriteNumberValue(token.End);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
