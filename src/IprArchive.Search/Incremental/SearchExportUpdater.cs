using IprArchive.Content;
using IprArchive.Pipelines;
using IprArchive.Pipelines.Records;
using IprArchive.Search.Pipelines;

namespace IprArchive.Search.Incremental;

/// <summary>What a preview update changed in the records, as the search export sees it.</summary>
/// <param name="Previous">Changed or deleted records as they were.</param>
/// <param name="Current">Changed or added records as they are now.</param>
/// <param name="Records">Every published record, compiled, now.</param>
/// <param name="OutputDirectory">Full path of the output folder, updated in place.</param>
internal sealed record RecordChanges(
    IReadOnlyList<Announcement> Previous,
    IReadOnlyList<Announcement> Current,
    IReadOnlyDictionary<Announcement, CompiledRecord> Records,
    string OutputDirectory);

/// <summary>Site paths of the export rewritten and removed.</summary>
internal sealed record OutputChanges(IReadOnlyList<string> Written, IReadOnlyList<string> Deleted);

/// <summary>
/// The preview session's state of its search export, registered with the engine (through
/// <see cref="BuildOptions.ExtraServices"/>) so that <see cref="BuildSearchIndex"/> can update the
/// export in place when the SearchIndex pipeline runs for an update. An edit that leaves every
/// document's number alone (same URL and date, same number of quotations: nearly every keystroke)
/// is patched in place by <see cref="ExportPatch"/>: only the term shards, table pages, result
/// range and columns it reaches are rewritten. A record added, removed, re-dated or gaining a
/// quotation renumbers the documents after it, so the index is rebuilt and exported again, as a
/// full build would. Without this service an update exports again every time.
/// </summary>
public sealed class SearchExportUpdater : IOutputObserver
{
    private Task<ExportedIndex>? _loading;
    private string _output = "";
    private HashSet<string> _files = new(StringComparer.Ordinal);

    /// <summary>Completes when the export of the last full build has been read back (the first patch waits for it).</summary>
    public Task Ready => _loading ?? Task.CompletedTask;

    /// <summary>Site paths of the export's files (under <c>search/</c>) as they are now.</summary>
    internal IReadOnlyCollection<string> Files => _files;

    /// <inheritdoc/>
    public void Committed(string outputDirectory)
    {
        _output = outputDirectory;
        var root = ExportRoot(outputDirectory);
        _files = System.IO.Directory.Exists(root) ? System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => SitePath(root, f)).ToHashSet(StringComparer.Ordinal) : [];
        // Read in the background: the first edit usually comes seconds after the build.
        _loading = File.Exists(Path.Combine(root, "manifest.json"))
            ? Task.Run(() => ExportedIndex.Load(root, SearchIndexLocation.For(outputDirectory)))
            : null;
    }

    /// <summary>Brings the export up to date after records changed; returns the site paths written and deleted.</summary>
    internal async Task<OutputChanges> UpdateAsync(RecordChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (_loading is not null && changes.OutputDirectory == _output)
        {
            try
            {
                var state = await _loading;
                if (ExportPatch.Plan(state, changes) is { } plan)
                {
                    return Track(ExportPatch.Apply(state, plan));
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                // An export changed behind the preview's back (or half patched): make it again.
            }
        }

        return Rebuild(changes);
    }

    /// <summary>Indexes and exports every published record again, then reloads the state.</summary>
    private OutputChanges Rebuild(RecordChanges changes)
    {
        _output = changes.OutputDirectory;
        var root = ExportRoot(changes.OutputDirectory);
        var before = ListFiles(root);
        SearchIndexPipeline.Run(RecordSearchDocuments.InRuns(changes.Records.Values), root, SearchIndexLocation.For(changes.OutputDirectory));
        _loading = Task.Run(() => ExportedIndex.Load(root, SearchIndexLocation.For(changes.OutputDirectory)));
        var after = ListFiles(root);
        _files = after.Keys.ToHashSet(StringComparer.Ordinal);
        return new OutputChanges(
            [.. after.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key)],
            [.. before.Keys.Where(f => !after.ContainsKey(f))]);
    }

    private OutputChanges Track(OutputChanges changes)
    {
        _files.ExceptWith(changes.Deleted);
        _files.UnionWith(changes.Written);
        return changes;
    }

    private static string SitePath(string root, string file) => BuildSearchIndex.SiteFolder + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');

    private static string ExportRoot(string outputDirectory) => Path.Combine(outputDirectory, "search");

    /// <summary>Every export file by site path, with a hash of its bytes (names are content hashes, but the manifest's is not).</summary>
    private static Dictionary<string, string> ListFiles(string root) => System.IO.Directory.Exists(root)
        ? System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => SitePath(root, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))),
            StringComparer.Ordinal)
        : [];
}
