namespace IprArchive.Bench;

/// <summary>
/// Follows a running process through <c>/proc/PID/status</c> and <c>/proc/PID/stat</c>: its peak
/// resident set (<c>VmHWM</c>, which the kernel keeps as a running maximum, so a late sample loses
/// nothing but the last interval's growth) and its CPU time. Linux only; elsewhere the figures stay 0.
/// </summary>
public sealed class PeakMemorySampler
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux we run on

    /// <summary>Peak resident set seen, in bytes.</summary>
    public long PeakBytes { get; private set; }

    /// <summary>User + system CPU seconds at the last sample.</summary>
    public double CpuSeconds { get; private set; }

    /// <summary>Samples process <paramref name="pid"/> on a background task until it is gone or <paramref name="stop"/> is cancelled.</summary>
    public Task FollowAsync(int pid, CancellationToken stop) => Task.Run(async () =>
    {
        var status = $"/proc/{pid}/status";
        var stat = $"/proc/{pid}/stat";
        while (!stop.IsCancellationRequested && File.Exists(status))
        {
            Sample(status, stat);
            try
            {
                await Task.Delay(Interval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }, CancellationToken.None);

    private void Sample(string statusFile, string statFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (PeakBytesOf(line) is { } peak)
                {
                    PeakBytes = Math.Max(PeakBytes, peak);
                }
            }

            CpuSeconds = CpuSecondsOf(File.ReadAllText(statFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process ended between the check and the read: keep the last figures.
        }
    }

    /// <summary>The peak resident set in bytes from the <c>VmHWM:</c> line of <c>/proc/PID/status</c>; null for any other line.</summary>
    internal static long? PeakBytesOf(string statusLine) =>
        statusLine.StartsWith("VmHWM:", StringComparison.Ordinal)
            ? long.Parse(statusLine["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024
            : null;

    /// <summary>User + system CPU seconds from the text of <c>/proc/PID/stat</c>.</summary>
    internal static double CpuSecondsOf(string stat)
    {
        // Fields after the command name (which may hold spaces) start at ") "; utime and stime are the 12th and 13th of them.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }
}
