using IprArchive.Bench;
using IprArchive.Cli.Console;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;

namespace IprArchive.Bench.Tests;

public sealed class BuildRunnerTests
{
    [Fact]
    public void Pipeline_seconds_sum_each_pipelines_phase_lines_and_skip_module_lines_and_other_output()
    {
        const string output = """
            Building /tmp/bench/input -> /tmp/bench/output
              Inputs       Input           2000 documents    0.41 s
              Content      Input           2000 documents    0.10 s
              Content      Process      · PrepareAnnouncementPage     2000 documents    3.20 s
              Content      Process         2000 documents    3.30 s
              SearchIndex  PostProcess        1 documents    0.05 s
              Content      Output       · WriteFiles                  2000 documents    0.19 s
              Content      Output          2000 documents    0.20 s
              SearchIndex  Output          2000 documents 1234.56 s
            Built 6084 files (2985 pages) in 13.2 s
            """;

        var seconds = BuildRunner.PipelineSeconds(output);

        Assert.Equal(new Dictionary<string, double> { ["Content"] = 3.6, ["Inputs"] = 0.41, ["SearchIndex"] = 1234.61 }, seconds);
    }

    [Fact]
    public void Pipeline_seconds_read_the_lines_build_prints_at_diagnostic_verbosity_without_counting_modules_twice()
    {
        using var printed = new StringWriter();
        var progress = new BuildProgress(printed, interactive: false, Verbosity.Diagnostic);
        progress.Report(new PipelineProgress("Content", Phase.Process, 2000, TimeSpan.FromSeconds(2.5), "PrepareAnnouncementPage"));
        progress.Report(new PipelineProgress("Content", Phase.Process, 2000, TimeSpan.FromSeconds(3.25)));
        progress.Report(new PipelineProgress("Content", Phase.Output, 2000, TimeSpan.FromSeconds(0.5)));
        progress.Report(new PipelineProgress("ALongPipelineName", Phase.PostProcess, 7, TimeSpan.FromSeconds(1.5)));
        progress.Report(new PipelineProgress("Feeds", Phase.Input, 0, TimeSpan.FromSeconds(0.01), "ReadNothing"));

        var seconds = BuildRunner.PipelineSeconds(printed.ToString());

        Assert.Equal(new Dictionary<string, double> { ["ALongPipelineName"] = 1.5, ["Content"] = 3.75 }, seconds);
    }

    [Fact]
    public void Pipeline_seconds_are_empty_when_the_build_printed_no_phase_lines()
    {
        Assert.Empty(BuildRunner.PipelineSeconds("Built 31 files in 0.8 s\n"));
    }

    [Fact]
    public void The_reported_build_is_the_run_with_the_median_wall_time_whatever_the_order_of_the_runs()
    {
        var runs = new[] { Run(15.14, cpu: 1), Run(11.65, cpu: 2), Run(13.25, cpu: 3) };

        var median = BuildRunner.Median(runs);

        // The whole run is reported, its CPU and memory with its wall time.
        Assert.Same(runs[2], median);
    }

    [Theory]
    [InlineData(new[] { 4.0 }, 4.0)]
    [InlineData(new[] { 9.0, 4.0 }, 4.0)]
    [InlineData(new[] { 5.0, 1.0, 9.0, 7.0, 3.0 }, 5.0)]
    public void The_median_of_an_odd_count_is_the_middle_run_and_of_an_even_count_the_faster_middle_one(double[] walls, double expected)
    {
        Assert.Equal(expected, BuildRunner.Median([.. walls.Select(w => Run(w))]).WallSeconds);
    }

    [Fact]
    public void The_published_tally_leaves_out_the_private_folder_the_deploy_deletes()
    {
        var output = Directory.CreateTempSubdirectory("tally-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(output, "index.html"), "12345");
            Directory.CreateDirectory(Path.Combine(output, "search"));
            File.WriteAllText(Path.Combine(output, "search", "manifest.json"), "123");
            var index = Directory.CreateDirectory(Path.Combine(output, AtomicOutputDirectory.PrivateFolder, "index")).FullName;
            File.WriteAllText(Path.Combine(index, "segments_1"), new string('x', 1000));
            File.WriteAllText(Path.Combine(index, "cache.html"), "1234567");

            Assert.Equal(new FileTally(2, 8), FileTally.Published(output));
            Assert.Equal(new FileTally(1, 5), FileTally.Published(output, "*.html"));
            Assert.Equal(new FileTally(4, 1015), FileTally.Of(output));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static BuildMeasurement Run(double wall, double cpu = 0) =>
        new(wall, cpu, 0, new Dictionary<string, double>(), new FileTally(0, 0), 0, null, new FileTally(0, 0));
}
