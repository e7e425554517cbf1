using System.Threading.Channels;
using IprArchive.Cli.Console;
using IprArchive.Diagnostics;
using IprArchive.Pipelines;
using IprArchive.Pipelines.Incremental;

namespace IprArchive.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and updates the site after a quiet moment (editors' saves
/// come in bursts): an edited record rewrites only the pages that show it (see
/// <see cref="SiteSession"/>); other changes rebuild everything. A successful update reloads open
/// pages; a failed one leaves the last good site served and shows its diagnostics in the terminal
/// and over the page.
/// </summary>
public sealed class PreviewSession(CliContext context, BuildOptions options, Verbosity verbosity) : IAsyncDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SiteSession _site = new(options);
    private LiveReload? _liveReload;

    /// <summary>Sends rebuild outcomes to the open pages from now on.</summary>
    public void Attach(LiveReload liveReload) => _liveReload = liveReload;

    /// <summary>Builds the whole site; true when the build succeeded.</summary>
    public Task<bool> RebuildAsync(CancellationToken cancel) => UpdateAsync([], cancel);

    /// <summary>Brings the site up to date after <paramref name="changedPaths"/>; true when it succeeded.</summary>
    public async Task<bool> UpdateAsync(IReadOnlyCollection<string> changedPaths, CancellationToken cancel)
    {
        var update = await _site.UpdateAsync(changedPaths, cancel);
        if (update.Succeeded)
        {
            await ReportSuccessAsync(update);
            if (update.ChangedAnything)
            {
                _liveReload?.Reload();
            }
        }
        else
        {
            var prefix = CliContext.PrefixOf(options.InputDirectory);
            var lines = update.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => (prefix.Length == 0 ? "" : prefix + "/") + d).ToList();
            await context.Error.WriteLineAsync($"[{DateTime.Now:HH:mm:ss}] build failed; still serving the last good site:\n  " + string.Join("\n  ", lines));
            _liveReload?.ShowErrors(lines);
        }

        return update.Succeeded;
    }

    /// <summary>Watches and rebuilds until <paramref name="cancel"/> fires.</summary>
    public async Task WatchAsync(CancellationToken cancel)
    {
        // The built-in theme is not watched: it changes only with the tool.
        foreach (var folder in new[] { options.InputDirectory, options.ThemeDirectory }.OfType<string>())
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, e) =>
            {
                _changes.Writer.TryWrite(e.OldFullPath);
                _changes.Writer.TryWrite(e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        try
        {
            while (await _changes.Reader.WaitToReadAsync(cancel))
            {
                await UpdateAsync(await DrainBurstAsync(cancel), cancel);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }
    }

    private async Task ReportSuccessAsync(SiteUpdate update)
    {
        if (verbosity < Verbosity.Minimal || !update.ChangedAnything)
        {
            return;
        }

        var what = update.FullBuild
            ? $"built {update.Written.Count} files"
            : $"updated {update.Written.Count} file(s){(update.Deleted.Count > 0 ? $", removed {update.Deleted.Count}" : "")}";
        await context.Output.WriteLineAsync($"[{DateTime.Now:HH:mm:ss}] {what} in {update.Elapsed.TotalMilliseconds:0} ms");
    }

    private async Task<HashSet<string>> DrainBurstAsync(CancellationToken cancel)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            while (_changes.Reader.TryRead(out var path))
            {
                paths.Add(path);
            }

            await Task.Delay(QuietPeriod, cancel);
        }
        while (_changes.Reader.TryPeek(out _));
        return paths;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
