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
/// the output folder in place as records change. An edited, added, deleted or renamed record
/// re-renders its own page and the pages, feeds and sitemap that show it, and writes only the
/// files whose bytes differ; a change to anything else (registries, settings, cascade, theme,
/// assets) falls back to <see cref="SiteBuilder.BuildAsync"/>. An update with errors writes
/// nothing, so the last good site stays served. Not thread-safe: one update at a time.
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
    private SiteState? _state;
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
        if (_state is null || _reader is null)
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

        return await UpdateRecordsAsync(_state, clock, cancellationToken);
    }

    private async Task<SiteUpdate> UpdateRecordsAsync(SiteState state, Stopwatch clock, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(state.SiteWideDiagnostics);
        diagnostics.AddRange(_records.Values.SelectMany(r => r.Diagnostics));
        var announcements = _records.Values.Select(r => r.Announcement).OfType<Announcement>()
            .OrderByDescending(a => a.Date).ThenBy(a => a.Url, StringComparer.Ordinal).ToList();
        ContentLoader.CheckUrls(announcements, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }

        var content = state.Content with { Announcements = announcements, Diagnostics = diagnostics.ToSortedList() };
        var (previous, current) = Differences(state.Content.Announcements, announcements);
        var site = state.Site.ForUpdate(content);
        var scope = new UpdateScope(Path.GetFullPath(Options.OutputDirectory), state.Index, previous, current, state.Rendered);
        var outputs = await PipelineEngine.ExecuteAsync(IncrementalPipelines.Create(), [site, scope, .. Options.ExtraServices], diagnostics, Options.Progress, cancellationToken);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, clock);
        }

        var deleted = DeleteUnmade(state.Files, scope.Destinations);
        var written = scope.Written.ToList();
        var rendered = SiteState.RecordsIn(outputs);
        var records = rendered.ToDictionary<KeyValuePair<Announcement, Document>, Announcement, CompiledRecord>(r => r.Key, r => r.Value.GetRequired(MetadataKeys.Record), ReferenceEqualityComparer.Instance);
        var index = BuildSiteIndex.IndexOf(outputs[SitePipelines.Data]);
        var changes = new RecordChanges(site, index, previous, current, records, scope.OutputDirectory);
        foreach (var output in Options.IncrementalOutputs)
        {
            var outputClock = Stopwatch.StartNew();
            var changed = await output.UpdateAsync(changes, cancellationToken);
            Options.Progress?.Invoke(new PipelineProgress(output.Name, Phase.Output, changed.Written.Count, outputClock.Elapsed));
            written.AddRange(changed.Written);
            deleted.AddRange(changed.Deleted);
        }

        var files = IncrementalPipelines.Owned.ToDictionary(p => p, p => scope.Destinations[p], StringComparer.Ordinal);
        _state = new SiteState(content, state.Settings, index, rendered, files, site);
        return new SiteUpdate(true, false, diagnostics.ToSortedList(), [.. written.Order(StringComparer.Ordinal)], [.. deleted.Order(StringComparer.Ordinal)], clock.Elapsed);
    }

    private async Task<SiteUpdate> FullBuildAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        var (result, built) = await SiteBuilder.BuildKeepingStateAsync(Options, cancellationToken);
        _state = built is null ? null : SiteState.After(built);
        _records.Clear();
        if (built is not null)
        {
            foreach (var output in Options.IncrementalOutputs)
            {
                output.Reset(Path.GetFullPath(Options.OutputDirectory));
            }

            var cascade = SettingsCascade.Load(built.Content.Input.Root, built.Content.Input.DirectoryFiles, new DiagnosticBag());
            _reader = new AnnouncementReader(built.Content.Registry, cascade);
            var byPath = built.Content.Announcements.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
            var diagnosticsByPath = built.Content.Diagnostics.ToLookup(d => d.File, StringComparer.Ordinal);
            foreach (var record in built.Content.Input.Records)
            {
                _records[record] = new RecordRead(byPath.GetValueOrDefault(record), [.. diagnosticsByPath[record]]);
            }
        }

        var written = built is null ? [] : built.Outputs.Values.SelectMany(d => d).Select(d => d.Destination).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return new SiteUpdate(result.Succeeded, true, result.Diagnostics, written, [], clock.Elapsed);
    }

    /// <summary>
    /// Records that differ from the last good build, by reference (a record read again is a new
    /// object): their previous versions and their current ones.
    /// </summary>
    private static (List<Announcement> Previous, List<Announcement> Current) Differences(IReadOnlyList<Announcement> before, IReadOnlyList<Announcement> after)
    {
        var unchanged = new HashSet<Announcement>(before, ReferenceEqualityComparer.Instance);
        unchanged.IntersectWith(after);
        return ([.. before.Where(a => !unchanged.Contains(a))], [.. after.Where(a => !unchanged.Contains(a))]);
    }

    /// <summary>Deletes the files the last build wrote that no pipeline makes any more (a renamed record's old page, a shorter archive's last page).</summary>
    private List<string> DeleteUnmade(IReadOnlyDictionary<string, IReadOnlySet<string>> before, IReadOnlyDictionary<string, IReadOnlySet<string>> now)
    {
        var made = now.Values.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        var deleted = before.Values.SelectMany(s => s).Where(p => !made.Contains(p)).Distinct().Order(StringComparer.Ordinal).ToList();
        var root = Path.GetFullPath(Options.OutputDirectory);
        foreach (var sitePath in deleted)
        {
            var file = Path.Combine(root, OutputPaths.Normalize(sitePath));
            File.Delete(file);
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
}
