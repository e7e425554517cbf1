namespace IprArchive.Tests.Infrastructure;

/// <summary>Locates the repository's folders from the test binaries.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding IprArchive.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>tests/fixtures.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    /// <summary>The bundled site's input folder.</summary>
    public static string BundledInput => Path.Combine(Root, "input");

    /// <summary>A fixture's folder by name.</summary>
    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IprArchive.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IprArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
