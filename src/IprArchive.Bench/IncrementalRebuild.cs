using System.Diagnostics;
using IprArchive.Pipelines;
using IprArchive.Pipelines.Incremental;
using IprArchive.Search.Incremental;
using IprArchive.Search.Pipelines;

namespace IprArchive.Bench;

/// <summary>A one-record incremental rebuild, as the preview does it after an editor saves.</summary>
/// <param name="Record">The record edited (input-relative).</param>
/// <param name="Seconds">From the change until the updated files were on disk.</param>
/// <param name="FilesWritten">Files rewritten because their bytes changed.</param>
/// <param name="FullBuildSeconds">The session's own first, full build (same process, for reference).</param>
/// <param name="PipelineSeconds">Time of each pipeline in the update (their phases summed; they overlap), of the search patch, and of each module ("Pipeline Phase Module").</param>
public sealed record IncrementalFigures(string Record, double Seconds, int FilesWritten, double FullBuildSeconds, IReadOnlyDictionary<string, double> PipelineSeconds);

/// <summary>
/// Times <see cref="SiteSession"/> (issue 6; target: at most 5% of a full build): a full build,
/// then one sentence appended to the newest record (the one an editor is most likely to touch,
/// and the one on the most pages: home, feeds, archives) and the incremental update. Runs in this
/// process because the session keeps its state between the two. The record is restored afterwards.
/// </summary>
public static class IncrementalRebuild
{
    /// <summary>Measures on <paramref name="input"/>, building into <paramref name="output"/>.</summary>
    public static async Task<IncrementalFigures> MeasureAsync(string input, string output, string theme, CancellationToken cancel)
    {
        var timings = new System.Collections.Concurrent.ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        var search = new SearchExportUpdater();
        var session = new SiteSession(new BuildOptions
        {
            Progress = p => timings.AddOrUpdate(p.Module is null ? p.Pipeline : $"{p.Pipeline} {p.Phase} {p.Module}", p.Elapsed.TotalSeconds, (_, s) => s + p.Elapsed.TotalSeconds),
            InputDirectory = input,
            OutputDirectory = output,
            ThemeDirectory = theme,
            ExtraPipelines = [SearchIndexSitePipeline.Create()],
            ExtraServices = [search],
        });
        var full = await session.UpdateAsync([], cancel);
        if (!full.Succeeded)
        {
            throw new BenchException("the incremental session's first build failed.");
        }

        // An editor's first save comes seconds after the preview is up; by then the search export
        // has been read back in the background.
        await search.Ready;
        var record = Directory.EnumerateFiles(Path.Combine(input, "announcements"), "*.md", SearchOption.AllDirectories)
            .MaxBy(f => Path.GetFileName(f), StringComparer.Ordinal)!; // file names start with the date
        var original = await File.ReadAllTextAsync(record, cancel);
        try
        {
            await File.WriteAllTextAsync(record, original.TrimEnd() + "\n\nOne sentence added by iprarchive bench.\n", cancel);
            timings.Clear();
            var clock = Stopwatch.StartNew();
            var update = await session.UpdateAsync([record], cancel);
            if (!update.Succeeded || update.FullBuild)
            {
                throw new BenchException($"the one-record update {(update.FullBuild ? "fell back to a full build" : "failed")}.");
            }

            return new IncrementalFigures(Path.GetRelativePath(input, record), Math.Round(clock.Elapsed.TotalSeconds, 3), update.Written.Count, Math.Round(full.Elapsed.TotalSeconds, 3),
                new SortedDictionary<string, double>(timings.ToDictionary(t => t.Key, t => Math.Round(t.Value, 3)), StringComparer.Ordinal));
        }
        finally
        {
            await File.WriteAllTextAsync(record, original, CancellationToken.None);
        }
    }
}

/// <summary><c>incremental --input DIR --output DIR</c>: only the one-record update of <see cref="IncrementalRebuild"/>, printed as JSON.</summary>
public static class IncrementalCommand
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Creates the command.</summary>
    public static System.CommandLine.Command Create(TextWriter output)
    {
        var input = new System.CommandLine.Option<string>("--input") { Required = true, Description = "Input folder of a generated corpus." };
        var outputDirectory = new System.CommandLine.Option<string>("--output") { Required = true, Description = "Output folder (replaced)." };
        var command = new System.CommandLine.Command("incremental", "Times a one-record preview update after a full build, in this process.") { input, outputDirectory };
        command.SetAction(async (parse, cancel) =>
        {
            var paths = BenchPaths.Locate() ?? throw new BenchException("run inside the repository.");
            var figures = await IncrementalRebuild.MeasureAsync(parse.GetValue(input)!, parse.GetValue(outputDirectory)!, paths.Theme, cancel);
            await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(figures, Indented));
            return 0;
        });
        return command;
    }
}
