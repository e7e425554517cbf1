using IprArchive.Content;
using IprArchive.Pipelines.Incremental;
using IprArchive.Search.Pipelines;

namespace IprArchive.Search.Incremental;

/// <summary>
/// Keeps the search export of a preview current as records change (<see cref="IIncrementalOutput"/>).
/// An edit that leaves every document's number alone (same URL and date, same number of
/// quotations: nearly every keystroke) is patched in place by <see cref="ExportPatch"/>: only
/// the term shards, table pages, result range and columns it reaches are rewritten. A record
/// added, removed, re-dated or gaining a quotation renumbers the documents after it, so the index
/// is rebuilt and exported again, as a full build would.
/// </summary>
public sealed class SearchExportUpdater : IIncrementalOutput
{
    private Task<ExportedIndex>? _loading;
    private string _output = "";

    /// <inheritdoc/>
    public string Name => SearchIndexSitePipeline.Name;

    /// <summary>Completes when the export of the last full build has been read back (the first patch waits for it).</summary>
    public Task Ready => _loading ?? Task.CompletedTask;

    /// <inheritdoc/>
    public void Reset(string outputDirectory)
    {
        _output = outputDirectory;
        var root = ExportRoot(outputDirectory);
        // Read in the background: the first edit usually comes seconds after the build.
        _loading = File.Exists(Path.Combine(root, "manifest.json"))
            ? Task.Run(() => ExportedIndex.Load(root, SearchIndexLocation.For(outputDirectory)))
            : null;
    }

    /// <inheritdoc/>
    public async Task<OutputChanges> UpdateAsync(RecordChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (_loading is null || changes.OutputDirectory != _output) return new OutputChanges([], []);
        try
        {
            var state = await _loading;
            if (ExportPatch.Plan(state, changes) is { } plan)
            {
                return ExportPatch.Apply(state, plan);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            // An export changed behind the preview's back (or half patched): make it again.
        }

        return Rebuild(changes);
    }

    /// <summary>Indexes and exports every published record again, then reloads the state.</summary>
    private OutputChanges Rebuild(RecordChanges changes)
    {
        var root = ExportRoot(changes.OutputDirectory);
        var before = ListFiles(root);
        var records = changes.Index.Newest.Select(a => changes.Records[a]);
        SearchIndexPipeline.Run(RecordSearchDocuments.InRuns(records), root, SearchIndexLocation.For(changes.OutputDirectory));
        _loading = Task.Run(() => ExportedIndex.Load(root, SearchIndexLocation.For(changes.OutputDirectory)));
        var after = ListFiles(root);
        return new OutputChanges(
            [.. after.Where(f => before.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key)],
            [.. before.Keys.Where(f => !after.ContainsKey(f))]);
    }

    private static string ExportRoot(string outputDirectory) => Path.Combine(outputDirectory, "search");

    /// <summary>Every export file by site path, with a hash of its bytes (names are content hashes, but the manifest's is not).</summary>
    private static Dictionary<string, string> ListFiles(string root) => System.IO.Directory.Exists(root)
        ? System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => "search/" + Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))),
            StringComparer.Ordinal)
        : [];
}
