using System.Collections.Concurrent;
using IprArchive.Content;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// The service an incremental run registers with the engine: what changed since the last good
/// build, the records already compiled, and what the run saw and wrote.
/// </summary>
internal sealed class UpdateScope(
    string outputDirectory,
    SiteIndex before,
    IReadOnlyList<Announcement> previousVersions,
    IReadOnlyList<Announcement> currentVersions,
    IReadOnlyDictionary<Announcement, Document> renderedBefore)
{
    private readonly Lock _gate = new();
    private HashSet<string>? _affected;

    /// <summary>Full path of the preview's output folder, written in place.</summary>
    public string OutputDirectory { get; } = outputDirectory;

    /// <summary>Compiled record documents of the last good build, by record (reference).</summary>
    public IReadOnlyDictionary<Announcement, Document> RenderedBefore { get; } = renderedBefore;

    /// <summary>Every destination each pipeline would write in a full build (for deleting what is gone).</summary>
    public ConcurrentDictionary<string, IReadOnlySet<string>> Destinations { get; } = new(StringComparer.Ordinal);

    /// <summary>Site paths whose bytes changed and were rewritten.</summary>
    public ConcurrentBag<string> Written { get; } = [];

    /// <summary>The site paths to regenerate, worked out once from the new index.</summary>
    public IReadOnlySet<string> Affected(SiteIndex index, int pageSize)
    {
        lock (_gate)
        {
            return _affected ??= AffectedOutputs.Of(before, index, previousVersions, currentVersions, pageSize);
        }
    }
}
