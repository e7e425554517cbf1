using System.CommandLine;
using IprArchive.Bench.Corpus;

namespace IprArchive.Bench;

/// <summary><c>corpus</c>: writes a generated input folder and its query file, nothing else.</summary>
internal static class CorpusCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var records = new Option<int>("--records", "-n") { Description = "Records to generate.", DefaultValueFactory = _ => 2000, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same bytes.", DefaultValueFactory = _ => 42, HelpName = "S" };
        var queries = new Option<int>("--queries") { Description = "Queries to write to queries.txt.", DefaultValueFactory = _ => 1200, HelpName = "Q" };
        var outDir = new Option<string>("--out", "-o") { Description = "Folder to (re)create: input/ (announcements/, data/, settings.yml) and queries.txt.", Required = true, HelpName = "DIR" };
        var command = new Command("corpus", "Generate a deterministic corpus (a buildable input folder) and its query file.") { records, seed, queries, outDir };
        command.SetAction(parse =>
        {
            var paths = BenchPaths.Locate();
            if (paths is null || parse.GetValue(records) < 1)
            {
                error.WriteLine(paths is null ? "error: run from inside the repository (no IprArchive.sln found above the current folder)." : "error: --records must be at least 1.");
                return 2;
            }

            try
            {
                var corpus = CorpusGenerator.Generate(new CorpusRequest(parse.GetValue(records), parse.GetValue(seed), parse.GetValue(outDir)!, paths.BundledInput, parse.GetValue(queries)));
                output.WriteLine($"{corpus.Records} records ({corpus.ChineseRecords} in Chinese, {corpus.SlugsAdded} given a slug), {corpus.Bytes / 1048576.0:0.0} MiB, in {corpus.GenerateSeconds:0.00} s -> {corpus.InputDirectory}; queries: {corpus.QueriesFile}");
                return 0;
            }
            catch (Exception ex) when (ex is BenchException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
