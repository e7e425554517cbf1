namespace IprArchive.Cli.Bench;

/// <summary>
/// The one-record incremental rebuild (issue 6's target: at most 5% of a full build). The plan:
/// after the full build, append a sentence to one record and time the incremental rebuild of the
/// preview until the output holds the new page. The preview has no incremental API yet, so the
/// figure is reported as not measured; this is the one place to fill in when it exists.
/// </summary>
public static class IncrementalRebuild
{
    /// <summary>Why the figure is missing while the API does not exist.</summary>
    public const string NotAvailable = "one-record incremental rebuild: n/a (no incremental build API yet, see issue 6)";

    /// <summary>Seconds of a one-record incremental rebuild, or null when it cannot be measured yet.</summary>
    public static Task<double?> MeasureAsync(string input, string output, string theme, CancellationToken cancel)
    {
        _ = (input, output, theme, cancel);
        return Task.FromResult<double?>(null);
    }
}
