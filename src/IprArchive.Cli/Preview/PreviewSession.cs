using System.Threading.Channels;
using IprArchive.Cli.Console;
using IprArchive.Diagnostics;
using IprArchive.Pipelines;

namespace IprArchive.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and rebuilds after a quiet moment (editors' saves come in
/// bursts). A successful rebuild reloads open pages; a failed one leaves the last good site served
/// and shows its diagnostics in the terminal and over the page.
/// </summary>
public sealed class PreviewSession(CliContext context, BuildOptions options, Verbosity verbosity) : IAsyncDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private LiveReload? _liveReload;

    /// <summary>Sends rebuild outcomes to the open pages from now on.</summary>
    public void Attach(LiveReload liveReload) => _liveReload = liveReload;

    /// <summary>Builds once; true when the build succeeded.</summary>
    public async Task<bool> RebuildAsync(CancellationToken cancel)
    {
        var result = await SiteBuilder.BuildAsync(options, cancel);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var prefix = CliContext.PrefixOf(options.InputDirectory);
        var lines = errors.Select(d => (prefix.Length == 0 ? "" : prefix + "/") + d).ToList();
        if (result.Succeeded)
        {
            if (verbosity >= Verbosity.Minimal)
            {
                await context.Output.WriteLineAsync($"[{DateTime.Now:HH:mm:ss}] built {result.Pages} pages in {result.Elapsed.TotalMilliseconds:0} ms");
            }

            _liveReload?.Reload();
        }
        else
        {
            await context.Error.WriteLineAsync($"[{DateTime.Now:HH:mm:ss}] build failed; still serving the last good site:\n  " + string.Join("\n  ", lines));
            _liveReload?.ShowErrors(lines);
        }

        return result.Succeeded;
    }

    /// <summary>Watches and rebuilds until <paramref name="cancel"/> fires.</summary>
    public async Task WatchAsync(CancellationToken cancel)
    {
        foreach (var folder in new[] { options.InputDirectory, options.ThemeDirectory })
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        try
        {
            while (await _changes.Reader.WaitToReadAsync(cancel))
            {
                await DrainBurstAsync(cancel);
                await RebuildAsync(cancel);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }
    }

    private async Task DrainBurstAsync(CancellationToken cancel)
    {
        do
        {
            while (_changes.Reader.TryRead(out _))
            {
            }

            await Task.Delay(QuietPeriod, cancel);
        }
        while (_changes.Reader.TryPeek(out _));
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
