namespace IprArchive.InstallTests.Infrastructure;

/// <summary>
/// The tool installed from its package into a temporary tool path, and a new archive made with it
/// in an empty temporary folder outside the repository: <c>init</c>, <c>new</c>,
/// <c>check --strict</c>, <c>build</c> and <c>search</c>, run once for all the tests of a class.
/// NuGet reads only the package folder and a private cache, so an older package of the same
/// version in the user's cache is never what gets tested.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    /// <summary>The record <c>new</c> adds.</summary>
    public const string NewTitle = "Office publishes its first patent statistics";

    /// <summary>The site's name given to <c>init</c>.</summary>
    public const string SiteName = "Install Test Archive";

    /// <summary>The temporary folder holding everything.</summary>
    public string Work { get; } = Path.Combine(Path.GetTempPath(), "iprarchive-install-" + Guid.NewGuid().ToString("N"));

    /// <summary>The archive <c>init</c> created.</summary>
    public string Site => Path.Combine(Work, "site");

    /// <summary>The built site.</summary>
    public string Output => Path.Combine(Site, "output");

    /// <summary><c>dotnet tool install</c>.</summary>
    public ProcessResult Install { get; private set; } = null!;

    /// <summary>Each step of the editor's flow, by name, in order.</summary>
    public Dictionary<string, ProcessResult> Steps { get; } = [];

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Work);
        var packages = await ToolPackage.FolderAsync(Work);
        Install = await InstallAsync(packages);
        if (Install.ExitCode != 0)
        {
            return;
        }

        await StepAsync("help", Work, "--help");
        await StepAsync("init", Work, "init", "site", "--name", SiteName, "--url", "https://install.example.org/", "--base-path", "/archive/");
        await StepAsync("new", Site, "new", NewTitle, "--speaker", "ada-example", "--date", "2024-06-03", "--topic", "statistics");
        await StepAsync("check", Site, "check", "--strict");
        await StepAsync("build", Site, "build");
        await StepAsync("search", Site, "search", "statistics");
    }

    /// <summary>Runs the installed <c>iprarchive</c> in <paramref name="directory"/>.</summary>
    public Task<ProcessResult> RunAsync(string directory, params string[] args) =>
        ProcessRunner.RunAsync(Path.Combine(Work, "tools", OperatingSystem.IsWindows() ? "iprarchive.exe" : "iprarchive"), args, directory, ToolEnvironment());

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    private async Task StepAsync(string name, string directory, params string[] args) => Steps[name] = await RunAsync(directory, args);

    private Task<ProcessResult> InstallAsync(string packages)
    {
        // Only the package folder as a source: no network, and no other package of that name.
        var config = Path.Combine(Work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        string[] args = ["tool", "install", "IprArchive.Cli", "--tool-path", Path.Combine(Work, "tools"), "--add-source", packages,
            "--configfile", config, "--version", ToolPackage.VersionIn(packages)];
        var environment = new Dictionary<string, string>(Dotnet.QuietEnvironment) { ["NUGET_PACKAGES"] = Path.Combine(Work, "nuget-cache") };
        return ProcessRunner.RunAsync(Dotnet.Executable, args, Work, environment);
    }

    private static Dictionary<string, string> ToolEnvironment() => new(Dotnet.QuietEnvironment) { ["DOTNET_ROOT"] = Dotnet.Root(), ["CI"] = "true" };
}
