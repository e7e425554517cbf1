namespace IprArchive.Cli.Bench;

/// <summary>
/// Where the benchmark finds its material: the repository (bundled <c>input/</c>, <c>theme/</c>,
/// <c>bench/query-bytes.mjs</c>) and the shared kit beside it (<c>../shared/bench</c>: corpus
/// generator and the Hugo + Pagefind anchors).
/// </summary>
/// <param name="RepositoryRoot">The folder holding <c>IprArchive.sln</c>.</param>
public sealed record BenchPaths(string RepositoryRoot)
{
    /// <summary>The shared benchmark kit.</summary>
    public string SharedBench => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "bench"));

    /// <summary><c>gen-corpus.py</c>.</summary>
    public string CorpusGenerator => Path.Combine(SharedBench, "gen-corpus.py");

    /// <summary><c>anchors.sh</c>.</summary>
    public string AnchorsScript => Path.Combine(SharedBench, "anchors.sh");

    /// <summary>The bundled input, whose registries and settings every generated corpus uses.</summary>
    public string BundledInput => Path.Combine(RepositoryRoot, "input");

    /// <summary>The theme the build uses.</summary>
    public string Theme => Path.Combine(RepositoryRoot, "theme");

    /// <summary>The Node runner that replays the queries through the JavaScript engine.</summary>
    public string QueryScript => Path.Combine(RepositoryRoot, "bench", "query-bytes.mjs");

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
        if (!File.Exists(CorpusGenerator))
        {
            yield return $"the corpus generator {CorpusGenerator} is missing: the shared kit must be checked out beside the repository as ../shared.";
        }

        if (needAnchors && !File.Exists(AnchorsScript))
        {
            yield return $"{AnchorsScript} is missing (needed by --compare-anchors).";
        }

        foreach (var path in new[] { Path.Combine(BundledInput, "data"), Theme })
        {
            if (!Directory.Exists(path))
            {
                yield return $"{path} is missing.";
            }
        }

        if (!File.Exists(QueryScript))
        {
            yield return $"{QueryScript} is missing.";
        }
    }
}
