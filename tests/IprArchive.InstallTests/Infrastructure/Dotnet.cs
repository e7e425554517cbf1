namespace IprArchive.InstallTests.Infrastructure;

/// <summary>The <c>dotnet</c> running these tests, and the environment an installed tool needs to find it.</summary>
public static class Dotnet
{
    /// <summary>The dotnet host (the CLI sets DOTNET_HOST_PATH for the processes it starts).</summary>
    public static string Executable { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>No telemetry banner or first-run text in what the tests read.</summary>
    public static IReadOnlyDictionary<string, string> QuietEnvironment { get; } = new Dictionary<string, string>
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    /// <summary>
    /// The folder of the runtime, as an installed tool's launcher needs it in DOTNET_ROOT when
    /// .NET is not in a default location.
    /// </summary>
    public static string Root()
    {
        var path = Executable;
        if (!Path.IsPathRooted(path))
        {
            path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(dir => Path.Combine(dir, path)).FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("dotnet is not on PATH.");
        }

        var real = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        return Path.GetDirectoryName(Path.GetFullPath(real))!;
    }
}
