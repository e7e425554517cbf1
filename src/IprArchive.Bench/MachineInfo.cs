using System.Runtime.InteropServices;

namespace IprArchive.Bench;

/// <summary>What a benchmark ran on, so results from different days and machines are not mixed up.</summary>
/// <param name="Cpus">Logical processors.</param>
/// <param name="MemoryGib">Physical memory.</param>
/// <param name="Os">Distribution and kernel.</param>
/// <param name="Dotnet">.NET runtime.</param>
/// <param name="Node">Node version, null when node is missing.</param>
/// <param name="GitCommit">Commit of the repository, with "+dirty" when the tree has changes.</param>
/// <param name="Date">UTC time the run started, ISO 8601.</param>
public sealed record MachineInfo(int Cpus, double MemoryGib, string Os, string Dotnet, string? Node, string? GitCommit, string Date)
{
    /// <summary>Describes this machine and the repository at <paramref name="repositoryRoot"/>.</summary>
    public static async Task<MachineInfo> DescribeAsync(string repositoryRoot, DateTimeOffset started)
    {
        var commit = await ChildProcess.FirstLineAsync("git", "-C", repositoryRoot, "rev-parse", "--short=12", "HEAD");
        var dirty = await ChildProcess.FirstLineAsync("git", "-C", repositoryRoot, "status", "--porcelain", "--untracked-files=no");
        return new MachineInfo(
            Environment.ProcessorCount,
            Math.Round(MemoryKib() / 1024.0 / 1024.0, 1),
            $"{OsName()}, {RuntimeInformation.OSArchitecture}, kernel {Environment.OSVersion.Version}",
            RuntimeInformation.FrameworkDescription,
            await ChildProcess.FirstLineAsync("node", "--version"),
            commit is null ? null : commit + (string.IsNullOrEmpty(dirty) ? "" : "+dirty"),
            started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
    }

    private static long MemoryKib() =>
        File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").Where(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
                .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])).FirstOrDefault()
            : 0;

    private static string OsName() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").Where(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
                .Select(l => l["PRETTY_NAME=".Length..].Trim('"')).FirstOrDefault() ?? "Linux"
            : RuntimeInformation.OSDescription;
}
