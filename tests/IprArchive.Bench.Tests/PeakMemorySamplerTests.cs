using IprArchive.Bench;

namespace IprArchive.Bench.Tests;

/// <summary>Peak memory and CPU of the build as read from <c>/proc/PID/status</c> and <c>/proc/PID/stat</c>.</summary>
public sealed class PeakMemorySamplerTests
{
    [Theory]
    [InlineData("VmHWM:\t  381412 kB", 381412L * 1024)]
    [InlineData("VmHWM:\t    2092 kB", 2092L * 1024)]
    public void The_peak_is_the_vmhwm_line_in_bytes(string line, long bytes)
    {
        Assert.Equal(bytes, PeakMemorySampler.PeakBytesOf(line));
    }

    [Theory]
    [InlineData("VmRSS:\t  120000 kB")]
    [InlineData("VmPeak:\t 9999999 kB")]
    [InlineData("Name:\tVmHWM")]
    public void Other_status_lines_give_no_peak(string line)
    {
        Assert.Null(PeakMemorySampler.PeakBytesOf(line));
    }

    [Theory]
    // utime 250 and stime 75 ticks (fields 14 and 15); cutime and cstime (16, 17) are not the build's own.
    [InlineData("4242 (iprarchive) S 1 4242 4242 0 -1 4194304 98 0 0 0 250 75 900 900 20 0 9 0 2028198 3133440 382\n")]
    // A command name may hold spaces and parentheses: fields are counted from the last ")".
    [InlineData("4242 (my (odd) name 1 2) R 1 4242 4242 0 -1 4194304 98 0 0 0 250 75 900 900 20 0 9 0 2028198 3133440 382\n")]
    public void Cpu_seconds_are_user_plus_system_ticks_at_100_per_second(string stat)
    {
        Assert.Equal(3.25, PeakMemorySampler.CpuSecondsOf(stat));
    }
}
