using System.Diagnostics;

namespace IprArchive.Cli.Bench;

/// <summary>A generated input folder ready to build, and its query set.</summary>
/// <param name="InputDirectory">Holds <c>announcements/</c>, <c>data/</c> and <c>settings.yml</c>.</param>
/// <param name="QueriesFile">One query per line (200 from the generator).</param>
/// <param name="Records">Record files generated.</param>
/// <param name="Bytes">Their total size.</param>
/// <param name="GenerateSeconds">Time the generator took.</param>
/// <param name="SlugsAdded">Records given a <c>slug</c> so that two records of a year with the same title do not share an address.</param>
public sealed record BenchCorpus(string InputDirectory, string QueriesFile, int Records, long Bytes, double GenerateSeconds, int SlugsAdded)
{
    /// <summary>
    /// Generates <paramref name="records"/> records with <c>gen-corpus.py</c> (deterministic for a
    /// seed: the same corpus anchors.sh builds with Hugo) into <c>WORK/input</c>, beside the bundled
    /// registries and settings.
    /// </summary>
    public static async Task<BenchCorpus> GenerateAsync(BenchPaths paths, int records, int seed, string workDirectory, CancellationToken cancel)
    {
        var corpus = Path.Combine(workDirectory, "corpus");
        var input = Path.Combine(workDirectory, "input");
        foreach (var dir in new[] { corpus, input })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        var clock = Stopwatch.StartNew();
        var info = ChildProcess.StartInfo("python3", [paths.CorpusGenerator, records.ToString(), corpus, "--seed", seed.ToString()]);
        var result = await ChildProcess.RunAsync(info, cancel: cancel);
        if (result.ExitCode != 0)
        {
            throw new BenchException($"gen-corpus.py failed ({result.ExitCode}):\n{result.Tail()}");
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Directory.CreateDirectory(input);
        Directory.Move(Path.Combine(corpus, "announcements"), Path.Combine(input, "announcements"));
        CopyDirectory(Path.Combine(paths.BundledInput, "data"), Path.Combine(input, "data"));
        var settings = Path.Combine(paths.BundledInput, "settings.yml");
        if (File.Exists(settings))
        {
            File.Copy(settings, Path.Combine(input, "settings.yml"));
        }

        var slugs = DisambiguateSlugs(Path.Combine(input, "announcements"));
        var files = Directory.EnumerateFiles(Path.Combine(input, "announcements"), "*.md", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        return new BenchCorpus(input, Path.Combine(corpus, "queries.txt"), files.Count, files.Sum(f => f.Length), Math.Round(seconds, 2), slugs);
    }

    /// <summary>
    /// The site publishes a record at /announcements/YYYY/SLUG/ with the date left out of the slug,
    /// but the generator repeats titles (about 1% of records share a year and a title), which the
    /// build rejects (IPR020). Every such record but the first gets the whole file name as its slug,
    /// the fix an editor would make; nothing else changes, so the text is the anchors' corpus.
    /// </summary>
    internal static int DisambiguateSlugs(string announcements)
    {
        var repeated = Directory.EnumerateFiles(announcements, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .GroupBy(f => (Path.GetDirectoryName(f), Path.GetFileNameWithoutExtension(f)[11..]))
            .SelectMany(g => g.Skip(1))
            .ToList();
        foreach (var file in repeated)
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(file, $"---\nslug: {Path.GetFileNameWithoutExtension(file)}\n{text["---\n".Length..]}");
        }

        return repeated.Count;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>A benchmark step failed; the message says which and why.</summary>
public sealed class BenchException(string message) : Exception(message);
