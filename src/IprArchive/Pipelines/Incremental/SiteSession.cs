using System.Diagnostics;
using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;
using IprArchive.Pipelines.Records;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// A long-lived build of one site for <c>iprarchive preview</c>: builds it fully once, then updates
/// the output folder in place as records change, by running the same pipelines
/// (<see cref="SitePipelines.Create"/> and the extra ones) with the session's caches registered:
/// unchanged records keep their compiled record (<see cref="RecordCache"/>), documents whose
/// fingerprint did not change are not rendered, and only files whose bytes differ are written
/// (<see cref="LiveOutput"/>); files no pipeline makes any more are deleted. A change to anything
/// else (registries, settings, cascade, theme) falls back to a full build. An update with errors
/// writes nothing, so the last good site stays served. Not thread-safe: one update at a time.
/// </summary>
/// <example>
/// <code>
/// var session = new SiteSession(options);
/// await session.UpdateAsync([]);                       // first call: full build
/// File.AppendAllText(record, "One more sentence.\n");
/// var update = await session.UpdateAsync([record]);     // update.Elapsed, update.Written
/// </code>
/// </example>
public sealed class SiteSession(BuildOptions options)
{
    private readonly Dictionary<string, RecordRead> _records = new(StringComparer.Ordinal);
    private Built? _built;
    private AnnouncementReader? _reader;

    /// <summary>What the session builds.</summary>
    public BuildOptions Options { get; } = options;

    /// <summary>
    /// Brings the output up to date after <paramref name="changedPaths"/> (full paths of files or
    /// folders under the input or theme folder that were created, changed, deleted or renamed;
    /// give both names of a rename). The first call, and any call after a failed full build, builds
    /// everything.
    /// </summary>
    public async Task<SiteUpdate> UpdateAsync(IEnumerable<string> changedPaths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changedPaths);
        var clock = Stopwatch.StartNew();
        if (_built is null || _reader is null)
        {
            return await FullBuildAsync(clock, cancellationToken);
        }

        var changes = InputChanges.Classify(changedPaths, Options.InputDirectory, _records.Keys);
        if (changes.NeedsFullBuild)
        {
            return await FullBuildAsync(clock, cancellationToken);
        }

        foreach (var record in changes.Records)
        {
            var fullPath = Path.Combine(Options.InputDirectory, record);
            if (File.Exists(fullPath))
            {
                var diagnostics = new DiagnosticBag();
                _records[record] = new RecordRead(_reader.Read(fullPath, record, diagnostics), diagnostics.ToSortedList());
            }
            else
            {
                _records.Remove(record);
            }
        }

        return await UpdateRecordsAsync(_built, clock, cancellationToken);
    }

    private async Task<SiteUpdate> UpdateRecordsAsync(Built built, Stopwatch clock, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(built.SiteWideDiagnostics);
        diagnostics.AddRange(_records.Values.SelectMany(r => r.Diagnostics));
        var announcements = _records.Values.Select(r => r.Announcement).OfType<Announcement>()
            .OrderByDescending(a => a.Date).ThenBy(a => a.Url, StringComparer.Ordinal).ToList();
        ContentLoader.CheckUrls(announcements, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }

        var content = built.Content with { Announcements = announcements, Diagnostics = diagnostics.ToSortedList() };
        var site = built.Site.ForUpdate(content);
        var cache = built.Cache.Next();
        var live = new LiveOutput(Path.GetFullPath(Options.OutputDirectory), built.Fingerprints);
        var pipelines = SitePipelines.Create().Concat(Options.ExtraPipelines).ToList();
        var outputs = await PipelineEngine.ExecuteAsync(pipelines, [site, cache, live, .. Options.ExtraServices], diagnostics, Options.Progress, cancellationToken);
        if (diagnostics.HasErrors)
        {
            // Whatever the failed run managed to write must be made again next time.
            foreach (var written in live.Written)
            {
                built.Fingerprints.Remove(written);
            }

            return Failed(diagnostics, clock);
        }

        var destinations = LiveOutput.DestinationsOf(outputs);
        var deleted = DeleteUnmade(built.Destinations, destinations).Concat(live.Deleted).Distinct().Order(StringComparer.Ordinal).ToList();
        _built = new Built(content, site, cache, LiveOutput.FingerprintsOf(outputs), destinations);
        return new SiteUpdate(true, false, diagnostics.ToSortedList(), [.. live.Written.Distinct().Order(StringComparer.Ordinal)], deleted, clock.Elapsed);
    }

    private async Task<SiteUpdate> FullBuildAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        var cache = new RecordCache();
        var (result, built) = await SiteBuilder.BuildKeepingStateAsync(Options, [cache], cancellationToken);
        _built = null;
        _records.Clear();
        if (built is not null)
        {
            var fingerprints = LiveOutput.FingerprintsOf(built.Outputs);
            foreach (var fingerprint in fingerprints.Values)
            {
                fingerprint.Evaluated();
            }

            _built = new Built(built.Content, built.Site, cache, fingerprints, LiveOutput.DestinationsOf(built.Outputs));
            var cascade = SettingsCascade.Load(built.Content.Input.Root, built.Content.Input.DirectoryFiles, new DiagnosticBag());
            _reader = new AnnouncementReader(built.Content.Registry, cascade);
            var byPath = built.Content.Announcements.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
            var diagnosticsByPath = built.Content.Diagnostics.ToLookup(d => d.File, StringComparer.Ordinal);
            foreach (var record in built.Content.Input.Records)
            {
                _records[record] = new RecordRead(byPath.GetValueOrDefault(record), [.. diagnosticsByPath[record]]);
            }
        }

        var written = built is null ? [] : LiveOutput.DestinationsOf(built.Outputs).Order(StringComparer.Ordinal).ToList();
        return new SiteUpdate(result.Succeeded, true, result.Diagnostics, written, [], clock.Elapsed);
    }

    /// <summary>Deletes the files the last run wrote that no pipeline makes any more (a renamed record's old page, a shorter archive's last page).</summary>
    private List<string> DeleteUnmade(IReadOnlySet<string> before, HashSet<string> now)
    {
        var deleted = before.Where(p => !now.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var root = Path.GetFullPath(Options.OutputDirectory);
        foreach (var sitePath in deleted)
        {
            var file = Path.Combine(root, sitePath);
            if (File.Exists(file))
            {
                File.Delete(file); // the search export removes its own replaced files
            }

            RemoveEmptyFolders(Path.GetDirectoryName(file)!, root);
        }

        return deleted;
    }

    private static void RemoveEmptyFolders(string folder, string root)
    {
        while (folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static SiteUpdate Failed(DiagnosticBag diagnostics, Stopwatch clock) =>
        new(false, false, diagnostics.ToSortedList(), [], [], clock.Elapsed);

    /// <summary>A record as last read: its announcement (null when unusable) and its problems.</summary>
    private sealed record RecordRead(Announcement? Announcement, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>What the output folder shows now: the input it was built from, the run's context and caches, and every file a pipeline made.</summary>
    private sealed record Built(ContentSet Content, SiteContext Site, RecordCache Cache, Dictionary<string, Fingerprint> Fingerprints, IReadOnlySet<string> Destinations)
    {
        /// <summary>Diagnostics of the last good build that are not about one record (registries, settings).</summary>
        public IReadOnlyList<Diagnostic> SiteWideDiagnostics =>
            [.. Content.Diagnostics.Where(d => !Content.Input.Records.Contains(d.File, StringComparer.Ordinal))];
    }
}
