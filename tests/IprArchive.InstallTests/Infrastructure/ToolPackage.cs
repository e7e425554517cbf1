namespace IprArchive.InstallTests.Infrastructure;

/// <summary>
/// The packed tool: the folder named by <c>IPRARCHIVE_PACKAGES</c> (tests/run.sh and the release
/// workflow pack once and pass it), or else a fresh <c>dotnet pack</c> of src/IprArchive.Cli.
/// </summary>
public static class ToolPackage
{
    /// <summary>The environment variable naming a folder that holds IprArchive.Cli.*.nupkg.</summary>
    public const string FolderVariable = "IPRARCHIVE_PACKAGES";

    /// <summary>The folder holding the package, packing into <paramref name="scratch"/> when none is given.</summary>
    public static async Task<string> FolderAsync(string scratch)
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } given)
        {
            return Path.GetFullPath(given);
        }

        var folder = Path.Combine(scratch, "packages");
        var pack = await ProcessRunner.RunAsync(Dotnet.Executable, ["pack", Path.Combine(RepositoryRoot(), "src", "IprArchive.Cli"), "-c", "Release", "-o", folder, "-nologo"], scratch, Dotnet.QuietEnvironment);
        return pack.ExitCode == 0 ? folder : throw new InvalidOperationException("dotnet pack failed:\n" + pack);
    }

    /// <summary>The version of the one IprArchive.Cli package in <paramref name="folder"/>, from its file name.</summary>
    public static string VersionIn(string folder)
    {
        const string prefix = "IprArchive.Cli.";
        var packages = Directory.GetFiles(folder, prefix + "*.nupkg");
        return packages.Length == 1
            ? Path.GetFileNameWithoutExtension(packages[0])[prefix.Length..]
            : throw new InvalidOperationException($"expected one {prefix}*.nupkg in {folder}, found {packages.Length}.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IprArchive.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"IprArchive.sln not found above {AppContext.BaseDirectory}; set {FolderVariable} to a folder holding the packed tool.");
    }
}
