using System.Diagnostics;
using System.Text;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>A real <c>iprarchive build</c> process killed with SIGKILL mid-build leaves the previous site intact.</summary>
public sealed class KilledBuildTests : IDisposable
{
    private readonly TempSite _temp = new TempSite().CopyFixture("site-basic");

    private string Output => Path.Combine(_temp.Root, "output");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sigkill_during_a_build_leaves_the_previous_output_and_the_next_build_cleans_up()
    {
        Assert.Equal(0, await RunBuildAsync(kill: false));
        var before = Snapshot();
        AddRecords(600); // enough work that the build is still writing when it is killed

        var exit = await RunBuildAsync(kill: true);

        Assert.NotEqual(0, exit);
        Assert.Equal(before, Snapshot());
        Assert.Contains(Directory.GetDirectories(_temp.Root), d => Path.GetFileName(d).StartsWith(".output.staging-", StringComparison.Ordinal));

        Assert.Equal(0, await RunBuildAsync(kill: false));
        Assert.DoesNotContain(Directory.GetDirectories(_temp.Root), d => Path.GetFileName(d).StartsWith(".output.", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Output, "announcements", "2019", "generated-record-599", "index.html")));
    }

    private async Task<int> RunBuildAsync(bool kill)
    {
        var cli = typeof(IprArchive.Cli.CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", cli, "build", "--input", _temp.Input, "--output", Output, "--theme", BuiltSite.Theme, "--verbosity", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        if (kill)
        {
            // Kill as soon as the build has started writing its staging folder.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!StagingHasFiles() && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }

            process.Kill(); // SIGKILL on Unix: no finally blocks, no clean-up
        }

        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private bool StagingHasFiles() =>
        Directory.GetDirectories(_temp.Root, ".output.staging-*")
            .Any(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Any());

    private void AddRecords(int count)
    {
        var body = new StringBuilder();
        for (var p = 0; p < 30; p++)
        {
            body.Append("A paragraph about patents, trademarks and the plan period, long enough to render. ").Append(p).Append("\n\n");
        }

        for (var i = 0; i < count; i++)
        {
            _temp.Write(
                $"announcements/2019/2019-03-{1 + (i % 28):D2}-generated-record-{i}.md",
                $"---\ntitle: Generated record {i}\ndate: 2019-03-{1 + (i % 28):D2}\nspeakers: [francis-gurry]\ntopics: [patents]\n---\n\n{body}");
        }
    }

    private SortedDictionary<string, string> Snapshot() =>
        new(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllText), StringComparer.Ordinal);
}
