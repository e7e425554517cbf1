namespace IprArchive.Bench;

/// <summary>
/// Where the benchmark finds its material, all inside the repository: the bundled <c>input/</c>
/// (training text, registries, settings), <c>theme/</c>, and this project's scripts and Hugo theme.
/// </summary>
/// <param name="RepositoryRoot">The folder holding <c>IprArchive.sln</c>.</param>
public sealed record BenchPaths(string RepositoryRoot)
{
    /// <summary>This project's folder.</summary>
    public string BenchProject => Path.Combine(RepositoryRoot, "src", "IprArchive.Bench");

    /// <summary>The bundled input, whose records train the generator and whose registries and settings every generated corpus uses.</summary>
    public string BundledInput => Path.Combine(RepositoryRoot, "input");

    /// <summary>The theme the build uses.</summary>
    public string Theme => Path.Combine(RepositoryRoot, "theme");

    /// <summary>The Node runner that replays the queries through the JavaScript engine from disk.</summary>
    public string QueryScript => Path.Combine(BenchProject, "query-bytes.mjs");

    /// <summary>The Hugo + Pagefind kit: Hugo theme, npm tools, browser query runner.</summary>
    public string Anchors => Path.Combine(BenchProject, "Anchors");

    /// <summary>
    /// Finds the repository from the current folder, then from the binary's folder (so the command
    /// also works when run from elsewhere with <c>dotnet run --project</c>); null when neither is inside it.
    /// </summary>
    public static BenchPaths? Locate()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IprArchive.sln")))
                {
                    return new BenchPaths(dir.FullName);
                }
            }
        }

        return null;
    }

    /// <summary>What is missing for a benchmark run, as messages for the user (empty when all is there).</summary>
    public IEnumerable<string> Missing(bool needAnchors)
    {
        foreach (var path in new[] { Path.Combine(BundledInput, "data"), Path.Combine(BundledInput, "announcements"), Theme })
        {
            if (!Directory.Exists(path))
            {
                yield return $"{path} is missing.";
            }
        }

        var files = needAnchors ? [QueryScript, Path.Combine(Anchors, "browser-query-bytes.mjs"), Path.Combine(Anchors, "tools", "package.json")] : new[] { QueryScript };
        foreach (var file in files.Where(f => !File.Exists(f)))
        {
            yield return $"{file} is missing.";
        }
    }
}
