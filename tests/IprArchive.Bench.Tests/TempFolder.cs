namespace IprArchive.Bench.Tests;

/// <summary>A throw-away folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "iprarchive-bench-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Root);

    /// <summary>The repository's bundled input folder (the generator's training text and registries).</summary>
    public static string BundledInput()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IprArchive.sln")))
            {
                return Path.Combine(dir.FullName, "input");
            }
        }

        throw new InvalidOperationException("IprArchive.sln not found above the test binaries");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
