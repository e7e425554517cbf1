using System.CommandLine;
using IprArchive.Cli.Bench;
using IprArchive.Cli.Console;

namespace IprArchive.Cli.Commands;

/// <summary>
/// <c>iprarchive bench</c>: generates a corpus, builds it in a child process, replays the query set
/// through the JavaScript engine and, with <c>--compare-anchors</c>, runs Hugo + Pagefind on the
/// same corpus; prints tables and writes JSON. docs/benchmarks.md says how to read the figures.
/// </summary>
public static class BenchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var records = new Option<int>("--records", "-n") { Description = "Records to generate.", DefaultValueFactory = _ => 2000, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus generator (the anchors use 42).", DefaultValueFactory = _ => 42, HelpName = "S" };
        var work = new Option<string?>("--work") { Description = "Working folder (corpus, output, anchors); default /tmp/iprarchive-bench/nN.", HelpName = "DIR" };
        var runs = new Option<int?>("--runs") { Description = "Build runs, median kept (default 3 up to 10,000 records, else 1, as anchors.sh does).", HelpName = "R" };
        var anchors = new Option<bool>("--compare-anchors") { Description = "Also run ../shared/bench/anchors.sh on the same corpus and print ratios ours ÷ theirs." };
        var json = new Option<string?>("--json") { Description = "Where to write the JSON results (default WORK/bench-N.json).", HelpName = "FILE" };
        var command = new Command("bench", "Measure build time, memory and search bytes on a generated corpus, optionally beside Hugo + Pagefind.")
        {
            records, seed, work, runs, anchors, json,
        };
        command.SetAction((parse, cancel) =>
        {
            var n = parse.GetValue(records);
            var workDirectory = Path.GetFullPath(parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), "iprarchive-bench", $"n{n}"));
            return RunAsync(context, new BenchRequest(
                n,
                parse.GetValue(seed),
                workDirectory,
                parse.GetValue(runs) ?? (n <= 10_000 ? 3 : 1),
                parse.GetValue(anchors),
                Path.GetFullPath(parse.GetValue(json) ?? Path.Combine(workDirectory, $"bench-{n}.json"))), cancel);
        });
        return command;
    }

    private sealed record BenchRequest(int Records, int Seed, string WorkDirectory, int Runs, bool CompareAnchors, string JsonFile);

    private static async Task<int> RunAsync(CliContext context, BenchRequest request, CancellationToken cancel)
    {
        var paths = BenchPaths.Locate();
        var missing = paths is null ? ["run bench from inside the repository (no IprArchive.sln found above the current folder)."] : paths.Missing(request.CompareAnchors).ToList();
        if (request.Records < 1 || request.Runs < 1)
        {
            missing.Add("--records and --runs must be at least 1.");
        }

        if (missing.Count > 0)
        {
            missing.ForEach(m => context.Error.WriteLine($"error: {m}"));
            return ExitCodes.Usage;
        }

        try
        {
            var result = await MeasureAsync(context, paths!, request, cancel);
            BenchReport.Print(result, context.Output);
            await BenchReport.WriteJsonAsync(result, request.JsonFile);
            await context.Output.WriteLineAsync($"wrote {request.JsonFile}");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is BenchException or IOException or System.ComponentModel.Win32Exception)
        {
            // Win32Exception: python3, node or bash is not installed.
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<BenchResult> MeasureAsync(CliContext context, BenchPaths paths, BenchRequest request, CancellationToken cancel)
    {
        var machine = await MachineInfo.DescribeAsync(paths.RepositoryRoot, DateTimeOffset.UtcNow);
        Step(context, $"generating {request.Records} records (seed {request.Seed}) in {request.WorkDirectory}");
        var corpus = await BenchCorpus.GenerateAsync(paths, request.Records, request.Seed, request.WorkDirectory, cancel);

        Step(context, $"building ({request.Runs} run(s), each from scratch)");
        var output = Path.Combine(request.WorkDirectory, "output");
        var runs = await BuildRunner.MeasureAsync(corpus.InputDirectory, output, paths.Theme, request.Runs, cancel);
        var build = BuildRunner.Median(runs);
        var notes = new List<string>();

        // The output on disk is the last run's; every run writes the same files.
        QueryFigures? queries = null;
        if (build.SearchExport is null)
        {
            notes.Add("search: n/a (the build wrote no output/search/manifest.json)");
        }
        else
        {
            Step(context, "replaying the queries through the JavaScript engine (node)");
            queries = await QueryRunner.MeasureAsync(paths, Path.Combine(output, "search"), corpus.QueriesFile, Path.Combine(request.WorkDirectory, "query-bytes.json"), cancel);
        }

        Step(context, "timing a one-record incremental rebuild (full build first, in this process)");
        IncrementalFigures? incremental = null;
        try
        {
            incremental = await IncrementalRebuild.MeasureAsync(corpus.InputDirectory, output, paths.Theme, cancel);
        }
        catch (BenchException ex)
        {
            // The other figures are still worth writing.
            notes.Add($"incremental rebuild: n/a ({ex.Message})");
        }

        AnchorFigures? anchors = null;
        if (request.CompareAnchors)
        {
            Step(context, "running ../shared/bench/anchors.sh (Hugo + Pagefind; several minutes)");
            anchors = await AnchorRunner.MeasureAsync(paths, request.Records, request.Seed, Path.Combine(request.WorkDirectory, "anchors"), context.Error, cancel);
        }

        return new BenchResult(machine, request.Records, request.Seed, corpus, build, [.. runs.Select(r => r.WallSeconds)], queries, incremental, notes,
            anchors, anchors is null ? [] : Comparison.Of(build, queries, anchors));
    }

    private static void Step(CliContext context, string message) =>
        context.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {message}");
}
