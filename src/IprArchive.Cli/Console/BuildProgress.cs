using System.Collections.Concurrent;
using IprArchive.Pipelines.Engine;

namespace IprArchive.Cli.Console;

/// <summary>
/// Shows pipeline progress on an interactive terminal as one status line that rewrites itself
/// (document counts per pipeline); prints nothing when output is redirected or in CI, one line
/// per finished phase at detailed verbosity, and one per module too at diagnostic verbosity.
/// </summary>
public sealed class BuildProgress(TextWriter output, bool interactive, Verbosity verbosity)
{
    private readonly ConcurrentDictionary<string, PipelineProgress> _latest = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _lastWidth;

    /// <summary>Receives one phase report from the engine (any thread).</summary>
    public void Report(PipelineProgress progress)
    {
        if (progress.Module is not null)
        {
            if (verbosity >= Verbosity.Diagnostic)
            {
                lock (_gate) output.WriteLine($"  {progress.Pipeline,-12} {progress.Phase,-12} · {progress.Module,-24} {progress.Documents,7} documents  {progress.Elapsed.TotalSeconds,6:0.00} s");
            }

            return;
        }

        _latest[progress.Pipeline] = progress;
        lock (_gate)
        {
            if (verbosity >= Verbosity.Detailed)
            {
                output.WriteLine($"  {progress.Pipeline,-12} {progress.Phase,-12} {progress.Documents,7} documents  {progress.Elapsed.TotalSeconds,6:0.00} s");
            }
            else if (interactive && verbosity >= Verbosity.Normal)
            {
                var line = string.Join("  ", _latest.Values.OrderBy(p => p.Pipeline, StringComparer.Ordinal).Select(p => $"{p.Pipeline} {p.Documents}"));
                output.Write("\r" + line.PadRight(_lastWidth));
                _lastWidth = line.Length;
            }
        }
    }

    /// <summary>Clears the status line before the summary is printed.</summary>
    public void Finish()
    {
        if (interactive && _lastWidth > 0 && verbosity < Verbosity.Detailed)
        {
            output.Write("\r" + new string(' ', _lastWidth) + "\r");
        }
    }
}
