using System.Globalization;
using System.Security.Cryptography;
using IprArchive.Pipelines;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Incremental;

/// <summary>
/// The bundled input plus generated records (enough that most pages do not show any one record),
/// with helpers to edit it and to compare output folders.
/// </summary>
internal sealed class PreviewSite : IDisposable
{
    private static readonly string[] Speakers = ["shen-changyu", "francis-gurry", "daren-tang", "andrei-iancu", "kathi-vidal", "antonio-campinos"];
    private static readonly string[] Topics = ["patents", "trademarks", "enforcement", "international cooperation", "examination", "geographical indications", "copyright", "small business"];

    public PreviewSite(int generated = 160)
    {
        Temp.CopyInputFrom(RepositoryPaths.BundledInput);
        for (var i = 0; i < generated; i++)
        {
            var date = new DateOnly(2015, 1, 5).AddDays(i * 17);
            Temp.Write(RecordPath(date, $"generated-{i}"), Record($"Generated statement {i}", date, Speakers[i % Speakers.Length], Topics[i % Topics.Length], Topics[(i * 3 + 1) % Topics.Length]));
        }
    }

    public TempSite Temp { get; } = new();

    public string Output => Path.Combine(Temp.Root, "output");

    public BuildOptions Options(string? output = null) => new()
    {
        InputDirectory = Temp.Input,
        OutputDirectory = output ?? Output,
        ThemeDirectory = Path.Combine(RepositoryPaths.Root, "theme"),
        BasePath = "/",
    };

    public static string RecordPath(DateOnly date, string slug) =>
        $"announcements/{date.Year:D4}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{slug}.md";

    public static string Record(string title, DateOnly date, string speaker, params string[] topics) => string.Join('\n',
        "---",
        $"title: \"{title}\"",
        $"date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        $"speakers: [{speaker}]",
        $"topics: [{string.Join(", ", topics)}]",
        $"summary: \"What {title.ToLowerInvariant()} said.\"",
        "---",
        "",
        $"{title} was made on this day. It says what it says.",
        "",
        "> Cooperation matters.",
        "");

    public string FullPath(string record) => Path.Combine(Temp.Input, record);

    /// <summary>SHA-256 of every file of <paramref name="folder"/>, by site path.</summary>
    public static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
            StringComparer.Ordinal);

    /// <summary>Last-write times of every file, to show which files were touched at all.</summary>
    public static Dictionary<string, DateTime> WriteTimes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            File.GetLastWriteTimeUtc,
            StringComparer.Ordinal);

    /// <summary>Site paths added, removed or with other bytes between two snapshots.</summary>
    public static SortedSet<string> Differences(Dictionary<string, string> before, Dictionary<string, string> after) =>
        new(before.Keys.Union(after.Keys).Where(p => before.GetValueOrDefault(p) != after.GetValueOrDefault(p)), StringComparer.Ordinal);

    public void Dispose() => Temp.Dispose();
}
