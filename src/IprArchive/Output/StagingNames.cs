using System.Diagnostics;

namespace IprArchive.Output;

/// <summary>Names of the sibling folders used while building, and their clean-up after a crash.</summary>
internal static class StagingNames
{
    public static string NewStaging(string output) =>
        $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}";

    public static string Retired(string output) =>
        $".{Path.GetFileName(output)}.retired-{Guid.NewGuid():N}";

    /// <summary>
    /// The fallback swap (two renames) can be killed between them, leaving only the retired
    /// folder; put it back so the previous site is served again.
    /// </summary>
    public static void RecoverInterruptedSwap(string output)
    {
        if (Directory.Exists(output))
        {
            return;
        }

        var retired = Siblings(output, "retired").OrderByDescending(Directory.GetLastWriteTimeUtc).FirstOrDefault();
        if (retired is not null)
        {
            Directory.Move(retired, output);
        }
    }

    /// <summary>Deletes staging folders of builds that are no longer running, and retired outputs.</summary>
    public static void DeleteAbandoned(string output)
    {
        foreach (var folder in Siblings(output, "staging").Where(f => !OwnerIsRunning(f)).Concat(Siblings(output, "retired")))
        {
            TryDelete(folder);
        }
    }

    private static IEnumerable<string> Siblings(string output, string kind)
    {
        var parent = Path.GetDirectoryName(output)!;
        return Directory.Exists(parent)
            ? Directory.EnumerateDirectories(parent, $".{Path.GetFileName(output)}.{kind}-*")
            : [];
    }

    private static bool OwnerIsRunning(string stagingFolder)
    {
        var parts = Path.GetFileName(stagingFolder).Split('-');
        if (parts.Length < 3 || !int.TryParse(parts[^2], out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Another build may be deleting it too; it is only litter.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
