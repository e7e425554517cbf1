using System.Diagnostics;

namespace IprArchive.Pipelines.Incremental;

/// <summary>What <see cref="IncrementalTiming.MeasureAsync"/> measured.</summary>
/// <param name="FullBuild">The first, full build (site pipelines and any extra ones in the options).</param>
/// <param name="OneRecord">From the edited record being saved until every changed file was written.</param>
/// <param name="Record">The record edited (input-relative).</param>
/// <param name="FilesWritten">Files the one-record update rewrote.</param>
public sealed record IncrementalTimings(TimeSpan FullBuild, TimeSpan OneRecord, string Record, int FilesWritten)
{
    /// <summary>The one-record update as a share of the full build (issue 6's target: at most 0.05).</summary>
    public double Ratio => OneRecord / FullBuild;
}

/// <summary>
/// The one-record incremental rebuild figure for benchmarks: builds the site fully, appends a
/// sentence to one record (the median by path), times the update, then puts the record back
/// (and updates again, so input and output end as they began).
/// </summary>
public static class IncrementalTiming
{
    /// <summary>Measures on the site of <paramref name="options"/>; throws if either build fails.</summary>
    public static async Task<IncrementalTimings> MeasureAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var session = new SiteSession(options);
        var full = Ensure(await session.UpdateAsync([], cancellationToken));
        var records = Directory.EnumerateFiles(Path.Combine(options.InputDirectory, "announcements"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (records.Count == 0)
        {
            throw new InvalidOperationException("The site has no records to edit.");
        }

        var record = records[records.Count / 2];
        var original = await File.ReadAllTextAsync(record, cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(record, original.TrimEnd() + "\n\nOne more sentence, added to time an incremental rebuild.\n", cancellationToken);
            var update = Ensure(await session.UpdateAsync([record], cancellationToken));
            var elapsed = clock.Elapsed;
            return new IncrementalTimings(full.Elapsed, elapsed, Path.GetRelativePath(options.InputDirectory, record).Replace('\\', '/'), update.Written.Count);
        }
        finally
        {
            await File.WriteAllTextAsync(record, original, CancellationToken.None);
            await session.UpdateAsync([record], CancellationToken.None);
        }
    }

    private static SiteUpdate Ensure(SiteUpdate update) =>
        update.Succeeded ? update : throw new InvalidOperationException("The build failed:\n" + string.Join("\n", update.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)));
}
