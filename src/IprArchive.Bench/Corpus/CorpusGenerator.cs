using System.Diagnostics;
using System.Text;

namespace IprArchive.Bench.Corpus;

/// <summary>What to generate.</summary>
/// <param name="Records">Number of records.</param>
/// <param name="Seed">Seed: the same seed and sources give the same bytes.</param>
/// <param name="OutputDirectory">Receives <c>input/</c> (a buildable input folder: <c>announcements/</c>, <c>data/</c>, <c>settings.yml</c>) and <c>queries.txt</c>.</param>
/// <param name="SourceInput">An input folder whose records train the text and whose registries and settings are copied (the bundled <c>input/</c>).</param>
/// <param name="Queries">Queries to write.</param>
public sealed record CorpusRequest(int Records, int Seed, string OutputDirectory, string SourceInput, int Queries = 1200);

/// <summary>What was generated.</summary>
/// <param name="InputDirectory">The buildable input folder.</param>
/// <param name="QueriesFile">One query per line.</param>
/// <param name="Records">Record files written.</param>
/// <param name="ChineseRecords">Of which <c>language: zh</c>.</param>
/// <param name="Bytes">Their total size.</param>
/// <param name="GenerateSeconds">Time taken.</param>
/// <param name="SlugsAdded">Records given a <c>slug</c> so that two records of a year with the same title do not share an address.</param>
public sealed record BenchCorpus(string InputDirectory, string QueriesFile, int Records, int ChineseRecords, long Bytes, double GenerateSeconds, int SlugsAdded);

/// <summary>
/// Generates a synthetic archive, deterministically: records trained on the real ones, speakers
/// in the registries' organisations with Zipf-like popularity, plan periods in force at each
/// record's date, about 3% Chinese records, repeated titles, and a query file over them.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Share of records written in Chinese.</summary>
    public const double ChineseShare = 0.03;

    /// <summary>Writes the corpus (replacing <see cref="CorpusRequest.OutputDirectory"/>).</summary>
    public static BenchCorpus Generate(CorpusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(request.OutputDirectory);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var output = Path.Combine(root, "input");

        var random = new Random(request.Seed);
        var model = TextModel.Train(Path.Combine(request.SourceInput, "announcements"));
        var cast = Cast.Create(request.SourceInput, 300, random);
        var composer = new RecordComposer(model, cast, random);
        var queries = new QuerySet();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        var chinese = 0;
        for (var i = 0; i < request.Records; i++)
        {
            var record = composer.Next(random.NextDouble() < ChineseShare);
            var path = Path.Combine(output, record.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = utf8.GetBytes(record.Text);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            chinese += record.Chinese ? 1 : 0;
            queries.Learn(record);
        }

        CopyDirectory(Path.Combine(request.SourceInput, "data"), Path.Combine(output, "data"));
        File.AppendAllText(Path.Combine(output, "data", "speakers.yml"), cast.SpeakersYaml(), utf8);
        var settings = Path.Combine(request.SourceInput, "settings.yml");
        if (File.Exists(settings))
        {
            File.Copy(settings, Path.Combine(output, "settings.yml"));
        }

        // The queries have a generator of their own so that asking for more queries never changes the records.
        var queriesFile = Path.Combine(root, "queries.txt");
        File.WriteAllText(queriesFile, string.Concat(queries.Write(request.Queries, new Random(request.Seed + 1)).Select(q => q + "\n")), utf8);
        return new BenchCorpus(output, queriesFile, request.Records, chinese, bytes, Math.Round(clock.Elapsed.TotalSeconds, 2), composer.SlugsAdded);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
