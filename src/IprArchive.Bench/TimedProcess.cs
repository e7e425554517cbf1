using System.Diagnostics;

namespace IprArchive.Bench;

/// <summary>
/// Runs a child process the way every timed tool is run here (our build, Hugo, Pagefind): on a
/// flushed disk, with its wall time, CPU time and peak resident set measured the same way.
/// </summary>
internal static class TimedProcess
{
    /// <summary>Runs <paramref name="info"/> to its end; wall seconds include the tool's start-up.</summary>
    public static async Task<(ChildResult Result, double WallSeconds, double CpuSeconds, long PeakBytes)> RunAsync(ProcessStartInfo info, CancellationToken cancel)
    {
        // A previous run's hundreds of megabytes are still being written back to disk; flush them
        // now so that they do not slow this run.
        await ChildProcess.RunAsync(ChildProcess.StartInfo("sync", []), cancel: cancel);
        var sampler = new PeakMemorySampler();
        using var exited = new CancellationTokenSource();
        Task sampling = Task.CompletedTask;
        var clock = Stopwatch.StartNew();
        var result = await ChildProcess.RunAsync(info, process => sampling = sampler.FollowAsync(process.Id, exited.Token), cancel: cancel);
        var wall = clock.Elapsed.TotalSeconds;
        await exited.CancelAsync();
        await sampling;
        return (result, Math.Round(wall, 3), sampler.CpuSeconds, sampler.PeakBytes);
    }
}
