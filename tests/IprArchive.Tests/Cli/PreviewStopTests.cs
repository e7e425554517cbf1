using System.Diagnostics;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Cli;

/// <summary>`iprarchive preview` as a real process: a stop signal (Ctrl+C is SIGINT) ends it within 2 s.</summary>
public sealed class PreviewStopTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_stop_signal_ends_the_preview_within_two_seconds(string signal)
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        using var preview = Start(site);
        await WaitForLineAsync(preview, "Serving ");

        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-" + signal, preview.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await preview.WaitForExitAsync(limit.Token);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the preview took {clock.Elapsed.TotalSeconds:0.0} s to stop after SIG{signal}");
        Assert.Equal(0, preview.ExitCode);
    }

    private static Process Start(TempSite site)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "iprarchive.dll"), "preview", "--input", site.Input, "--output", Path.Combine(site.Root, "out"),
            "--theme", Path.Combine(RepositoryPaths.Root, "theme"), "--port", "0" })
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    private static async Task WaitForLineAsync(Process process, string start)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail("the preview ended before serving: " + await process.StandardError.ReadToEndAsync(limit.Token));
    }
}
