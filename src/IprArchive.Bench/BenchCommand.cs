using System.CommandLine;
using IprArchive.Bench.Anchors;
using IprArchive.Bench.Corpus;

namespace IprArchive.Bench;

/// <summary>
/// The bench: generates a corpus, builds it with the iprarchive binary in a child process, replays
/// the query set through the JavaScript engine and, with <c>--compare-anchors</c>, builds the same
/// corpus with Hugo + Pagefind and counts both engines' cold-query bytes in Chromium; prints tables
/// and writes JSON. docs/benchmarks.md says how to read the figures.
/// </summary>
public static class BenchCommand
{
    /// <summary>Creates the root command.</summary>
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var context = new BenchContext(output, error);
        var records = new Option<int>("--records", "-n") { Description = "Records to generate.", DefaultValueFactory = _ => 2000, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus generator.", DefaultValueFactory = _ => 42, HelpName = "S" };
        var work = new Option<string?>("--work") { Description = "Working folder (corpus, output, anchors); default /tmp/iprarchive-bench/nN.", HelpName = "DIR" };
        var runs = new Option<int?>("--runs") { Description = "Build runs of each tool, median kept (default 3 up to 10,000 records, else 1).", HelpName = "R" };
        var anchors = new Option<bool>("--compare-anchors") { Description = "Also build the same corpus with Hugo + Pagefind, count both engines' cold-query bytes in Chromium and print ratios ours ÷ theirs." };
        var json = new Option<string?>("--json") { Description = "Where to write the JSON results (default WORK/bench-N.json).", HelpName = "FILE" };
        var queries = new Option<int>("--queries") { Description = "Queries replayed, the first of the generated file.", DefaultValueFactory = _ => 200, HelpName = "Q" };
        var command = new RootCommand("IprArchive bench: build time, memory and search bytes on a generated corpus, optionally beside Hugo + Pagefind.")
        {
            records, seed, work, runs, anchors, json, queries,
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
                Path.GetFullPath(parse.GetValue(json) ?? Path.Combine(workDirectory, $"bench-{n}.json")),
                parse.GetValue(queries)), cancel);
        });
        return command;
    }

    private sealed record BenchRequest(int Records, int Seed, string WorkDirectory, int Runs, bool CompareAnchors, string JsonFile, int Queries);

    private static async Task<int> RunAsync(BenchContext context, BenchRequest request, CancellationToken cancel)
    {
        var paths = BenchPaths.Locate();
        var missing = paths is null ? ["run bench from inside the repository (no IprArchive.sln found above the current folder)."] : paths.Missing(request.CompareAnchors).ToList();
        if (request.Records < 1 || request.Runs < 1 || request.Queries < 1)
        {
            missing.Add("--records, --runs and --queries must be at least 1.");
        }

        if (missing.Count > 0)
        {
            missing.ForEach(m => context.Error.WriteLine($"error: {m}"));
            return 2;
        }

        try
        {
            var result = await MeasureAsync(context, paths!, request, cancel);
            BenchReport.Print(result, context.Output);
            await BenchReport.WriteJsonAsync(result, request.JsonFile);
            await context.Output.WriteLineAsync($"wrote {request.JsonFile}");
            return 0;
        }
        catch (Exception ex) when (ex is BenchException or IOException or System.ComponentModel.Win32Exception)
        {
            // Win32Exception: node, hugo or npm is not installed.
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    private static async Task<BenchResult> MeasureAsync(BenchContext context, BenchPaths paths, BenchRequest request, CancellationToken cancel)
    {
        var machine = await MachineInfo.DescribeAsync(paths.RepositoryRoot, DateTimeOffset.UtcNow);
        Step(context, $"generating {request.Records} records (seed {request.Seed}) in {request.WorkDirectory}");
        var corpus = CorpusGenerator.Generate(new CorpusRequest(request.Records, request.Seed, Path.Combine(request.WorkDirectory, "corpus"), paths.BundledInput, Math.Max(1200, request.Queries)));
        var queriesFile = Path.Combine(request.WorkDirectory, "queries.txt");
        await File.WriteAllLinesAsync(queriesFile, (await File.ReadAllLinesAsync(corpus.QueriesFile, cancel)).Take(request.Queries), cancel);

        Step(context, $"building ({request.Runs} run(s), each from scratch)");
        var output = Path.Combine(request.WorkDirectory, "output");
        var runs = await BuildRunner.MeasureAsync(corpus.InputDirectory, output, paths.Theme, request.Runs, cancel);
        var build = BuildRunner.Median(runs);
        var notes = new List<string>();
        Step(context, $"building the bundled site ({BundledSiteRuns} runs): the fixed cost");
        var bundled = await BundledSiteAsync(paths, request.WorkDirectory, cancel);

        // The output on disk is the last run's; every run writes the same files.
        QueryFigures? queries = null;
        if (build.SearchExport is null)
        {
            notes.Add("search: n/a (the build wrote no output/search/manifest.json)");
        }
        else
        {
            Step(context, "replaying the queries through the JavaScript engine (node)");
            queries = await QueryRunner.MeasureAsync(paths, Path.Combine(output, "search"), queriesFile, Path.Combine(request.WorkDirectory, "query-bytes.json"), cancel);
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
        BrowserQueries? oursInBrowser = null;
        if (request.CompareAnchors)
        {
            var anchorRun = new AnchorRun(paths, corpus.InputDirectory, queriesFile, output, Path.Combine(request.WorkDirectory, "anchors"), request.Runs);
            (anchors, oursInBrowser) = await AnchorRunner.MeasureAsync(anchorRun, message => Step(context, message), cancel);
        }

        return new BenchResult(machine, request.Records, request.Seed, corpus, build, [.. runs.Select(r => r.WallSeconds)], queries, incremental, notes,
            anchors, oursInBrowser, anchors is null ? [] : Comparison.Of(build, queries, anchors, oursInBrowser), bundled);
    }

    /// <summary>Odd, so the median is one run; five because a run takes about a second and the machine is shared.</summary>
    private const int BundledSiteRuns = 5;

    private static async Task<BundledSiteFigures> BundledSiteAsync(BenchPaths paths, string workDirectory, CancellationToken cancel)
    {
        var runs = await BuildRunner.MeasureAsync(paths.BundledInput, Path.Combine(workDirectory, "bundled", "output"), paths.Theme, BundledSiteRuns, cancel);
        var median = BuildRunner.Median(runs);
        var records = Directory.EnumerateFiles(Path.Combine(paths.BundledInput, "announcements"), "*.md", SearchOption.AllDirectories).Count();
        return new BundledSiteFigures(records, median.WallSeconds, [.. runs.Select(r => r.WallSeconds)], median.CpuSeconds);
    }

    private static void Step(BenchContext context, string message) =>
        context.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {message}");
}

/// <summary>Where the bench writes: the tables to standard output, progress and errors to standard error.</summary>
internal sealed record BenchContext(TextWriter Output, TextWriter Error);
