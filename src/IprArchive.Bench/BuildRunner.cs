using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using IprArchive.Output;

namespace IprArchive.Bench;

/// <summary>Files and bytes under a folder.</summary>
public sealed record FileTally(int Files, long Bytes)
{
    /// <summary>Counts every file under <paramref name="directory"/> (matching <paramref name="pattern"/>).</summary>
    public static FileTally Of(string directory, string pattern = "*")
    {
        var files = Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
        return new FileTally(files.Count, files.Sum());
    }

    /// <summary>
    /// Counts the files of a built site that are published: everything under <paramref name="output"/>
    /// except the build's private folder (<see cref="AtomicOutputDirectory.PrivateFolder"/>: the Lucene
    /// index and caches for the CLI), which the Pages workflow deletes before it uploads the site.
    /// </summary>
    public static FileTally Published(string output, string pattern = "*")
    {
        var all = Of(output, pattern);
        var privateFolder = Path.Combine(output, AtomicOutputDirectory.PrivateFolder);
        var hidden = Directory.Exists(privateFolder) ? Of(privateFolder, pattern) : new FileTally(0, 0);
        return new FileTally(all.Files - hidden.Files, all.Bytes - hidden.Bytes);
    }
}

/// <summary>One measured build.</summary>
/// <param name="WallSeconds">Process start to exit, .NET start-up included (as Hugo's time includes its own).</param>
/// <param name="CpuSeconds">User + system CPU of the build process.</param>
/// <param name="PeakWorkingSetBytes">Peak resident set of the build process (VmHWM).</param>
/// <param name="PipelineSeconds">Per pipeline, the sum of its phases' times (pipelines overlap, so these add up to more than the wall time).</param>
/// <param name="Output">Everything published from the output folder (its private folder left out, as the deploy leaves it out).</param>
/// <param name="HtmlFiles">HTML pages among them.</param>
/// <param name="SearchExport">Files under <c>output/search/</c> when it holds a manifest, else null.</param>
/// <param name="Html">The HTML pages and their bytes (apparent sizes, as every tally here: not disk blocks).</param>
public sealed record BuildMeasurement(
    double WallSeconds,
    double CpuSeconds,
    long PeakWorkingSetBytes,
    IReadOnlyDictionary<string, double> PipelineSeconds,
    FileTally Output,
    int HtmlFiles,
    FileTally? SearchExport,
    FileTally Html)
{
    /// <summary>What is neither an HTML page nor the search export: feeds, sitemap, JSON exports, assets.</summary>
    public FileTally Other => new(
        Output.Files - Html.Files - (SearchExport?.Files ?? 0),
        Output.Bytes - Html.Bytes - (SearchExport?.Bytes ?? 0));
}

/// <summary>
/// Runs <c>iprarchive build</c> in a child process (the tool as users run it) so that its
/// peak memory is the build's own, parses the per-phase lines it prints at detailed verbosity, and
/// measures what it wrote.
/// </summary>
public static partial class BuildRunner
{
    /// <summary>Builds <paramref name="runs"/> times from scratch (output and caches removed first); returns the runs in order.</summary>
    public static async Task<IReadOnlyList<BuildMeasurement>> MeasureAsync(string input, string output, string theme, int runs, CancellationToken cancel)
    {
        var measurements = new List<BuildMeasurement>();
        for (var i = 0; i < runs; i++)
        {
            measurements.Add(await BuildOnceAsync(input, output, theme, cancel));
        }

        return measurements;
    }

    /// <summary>The run with the median wall time (the middle one of an odd count).</summary>
    public static BuildMeasurement Median(IReadOnlyList<BuildMeasurement> runs) =>
        runs.OrderBy(r => r.WallSeconds).ElementAt((runs.Count - 1) / 2);

    private static async Task<BuildMeasurement> BuildOnceAsync(string input, string output, string theme, CancellationToken cancel)
    {
        // A full build from scratch: no previous output, and no caches kept beside it (the search index).
        foreach (var stale in new[] { output, Path.Combine(Path.GetDirectoryName(output)!, ".iprarchive") })
        {
            if (Directory.Exists(stale))
            {
                Directory.Delete(stale, recursive: true);
            }
        }

        var (program, prefix) = CliCommand();
        var info = ChildProcess.StartInfo(program, [.. prefix, "build", "-v", "d", "--input", input, "--output", output, "--theme", theme]);
        var (result, wall, cpu, peak) = await TimedProcess.RunAsync(info, cancel);
        if (result.ExitCode != 0)
        {
            // Warnings about synthetic speakers run to thousands of lines: show the errors.
            var errors = result.Error.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Take(10).ToList();
            throw new BenchException($"the build failed ({result.ExitCode}):\n{(errors.Count > 0 ? string.Join('\n', errors) : result.Tail())}");
        }

        var search = Path.Combine(output, "search");
        var html = FileTally.Published(output, "*.html");
        return new BuildMeasurement(
            wall,
            cpu,
            peak,
            PipelineSeconds(result.Output),
            FileTally.Published(output),
            html.Files,
            File.Exists(Path.Combine(search, "manifest.json")) ? FileTally.Of(search) : null,
            html);
    }

    /// <summary>Sums the "  Pipeline  Phase  N documents  S s" lines of <c>build -v d</c> per pipeline.</summary>
    public static IReadOnlyDictionary<string, double> PipelineSeconds(string buildOutput)
    {
        var seconds = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (Match m in PhaseLine().Matches(buildOutput))
        {
            var pipeline = m.Groups["pipeline"].Value;
            seconds[pipeline] = seconds.GetValueOrDefault(pipeline) + double.Parse(m.Groups["seconds"].Value, CultureInfo.InvariantCulture);
        }

        return seconds.ToDictionary(p => p.Key, p => Math.Round(p.Value, 2));
    }

    /// <summary>
    /// The iprarchive tool built beside this program (the project reference copies it here): its
    /// apphost, or <c>dotnet iprarchive.dll</c> where no apphost was copied.
    /// </summary>
    private static (string Program, string[] Prefix) CliCommand()
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "iprarchive.exe" : "iprarchive");
        if (File.Exists(apphost))
        {
            return (apphost, []);
        }

        var dll = Path.Combine(AppContext.BaseDirectory, "iprarchive.dll");
        return File.Exists(dll) ? ("dotnet", [dll]) : throw new BenchException($"the iprarchive tool is not beside the bench in {AppContext.BaseDirectory}: build src/IprArchive.Bench.");
    }

    [GeneratedRegex(@"^\s+(?<pipeline>\S+)\s+(?:Input|Process|PostProcess|Output)\s+\d+ documents\s+(?<seconds>[0-9.]+) s\s*$", RegexOptions.Multiline)]
    private static partial Regex PhaseLine();
}
