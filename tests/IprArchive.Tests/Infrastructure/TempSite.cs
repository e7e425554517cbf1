namespace IprArchive.Tests.Infrastructure;

/// <summary>A throw-away folder for a test's site, deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "iprarchive-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>The site's input folder.</summary>
    public string Input => Path.Combine(Root, "input");

    /// <summary>Copies a fixture's input folder into this site and returns this site.</summary>
    public TempSite CopyFixture(string fixture) => CopyInputFrom(Path.Combine(RepositoryPaths.Fixture(fixture), "input"));

    /// <summary>Copies an input folder (the bundled one, a fixture's) into this site and returns this site.</summary>
    public TempSite CopyInputFrom(string inputDirectory)
    {
        CopyDirectory(inputDirectory, Input);
        return this;
    }

    /// <summary>Writes a file under the input folder.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <inheritdoc/>
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

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
