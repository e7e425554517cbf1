using IprArchive.Diagnostics;

namespace IprArchive.Pipelines.Incremental;

/// <summary>The outcome of one <see cref="SiteSession.UpdateAsync"/> (or of the session's first build).</summary>
/// <param name="Succeeded">True when the output now shows the input; false leaves the last good site as it was.</param>
/// <param name="FullBuild">True when the whole site was rebuilt (first build, or a change to something other than records).</param>
/// <param name="Diagnostics">Errors and warnings of this update, sorted.</param>
/// <param name="Written">Site paths rewritten because their bytes changed (for a full build: every file).</param>
/// <param name="Deleted">Site paths removed because no page makes them any more.</param>
/// <param name="Elapsed">From the call until the files were on disk.</param>
public sealed record SiteUpdate(
    bool Succeeded,
    bool FullBuild,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Deleted,
    TimeSpan Elapsed)
{
    /// <summary>True when a page could look different now (open pages should reload).</summary>
    public bool ChangedAnything => FullBuild || Written.Count > 0 || Deleted.Count > 0;
}
