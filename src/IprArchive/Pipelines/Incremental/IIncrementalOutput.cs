using IprArchive.Content;
using IprArchive.Pipelines.Site;
using IprArchive.Pipelines.Records;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// Files of a feature outside the site pipelines (the search export) that a preview update keeps
/// current. Full builds run the feature's own pipeline (<see cref="BuildOptions.ExtraPipelines"/>);
/// <see cref="SiteSession"/> then tells it of every later update of records. Registered through
/// <see cref="BuildOptions.IncrementalOutputs"/>.
/// </summary>
public interface IIncrementalOutput
{
    /// <summary>Name shown in progress reports (that of the pipeline whose files it keeps).</summary>
    string Name { get; }

    /// <summary>The whole output was just rebuilt: forget anything known about the previous one.</summary>
    void Reset(string outputDirectory);

    /// <summary>Brings the feature's files up to date after records changed; returns the site paths written and deleted.</summary>
    Task<OutputChanges> UpdateAsync(RecordChanges changes, CancellationToken cancellationToken);
}

/// <summary>What a preview update changed, as <see cref="IIncrementalOutput"/>s see it.</summary>
/// <param name="Site">The update's context (settings, renderers).</param>
/// <param name="Index">The site index after the update (from the Data pipeline's documents).</param>
/// <param name="Previous">Changed or deleted records as they were.</param>
/// <param name="Current">Changed or added records as they are now.</param>
/// <param name="Records">Every published record, compiled, now.</param>
/// <param name="OutputDirectory">Full path of the output folder, updated in place.</param>
public sealed record RecordChanges(
    SiteContext Site,
    SiteIndex Index,
    IReadOnlyList<Announcement> Previous,
    IReadOnlyList<Announcement> Current,
    IReadOnlyDictionary<Announcement, CompiledRecord> Records,
    string OutputDirectory);

/// <summary>Site paths an <see cref="IIncrementalOutput"/> rewrote and removed.</summary>
public sealed record OutputChanges(IReadOnlyList<string> Written, IReadOnlyList<string> Deleted);
