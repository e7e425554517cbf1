using System.Runtime.InteropServices;

namespace IprArchive.Output;

/// <summary>
/// Replaces one folder by another. On Linux it uses <c>renameat2(RENAME_EXCHANGE)</c>, which
/// swaps both names in one atomic step: at every instant <c>output/</c> is either the old or the
/// new site. Elsewhere it falls back to two renames, and <see cref="StagingNames"/> repairs the
/// short window between them on the next build.
/// </summary>
internal static class FolderSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    public static void Replace(string output, string staging)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchange(output, staging))
        {
            Directory.Delete(staging, recursive: true); // now holds the previous site
            return;
        }

        var retired = Path.Combine(Path.GetDirectoryName(output)!, StagingNames.Retired(output));
        Directory.Move(output, retired);
        Directory.Move(staging, output);
        Directory.Delete(retired, recursive: true);
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // libc without renameat2 (glibc < 2.28, musl < 1.2.?)
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the generated marshaller would need unsafe code enabled
    // for the whole library, for one call.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(
        int oldDirFd,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirFd,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath,
        uint flags);
}
