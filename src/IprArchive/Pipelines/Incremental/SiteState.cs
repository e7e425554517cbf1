using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// What the output folder of a preview shows right now: the records it was built from, their
/// index, their rendered record documents, and which files each pipeline wrote.
/// </summary>
internal sealed record SiteState(
    ContentSet Content,
    SiteSettings Settings,
    SiteIndex Index,
    IReadOnlyDictionary<Announcement, Document> Rendered,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Files,
    SiteContext Site)
{
    /// <summary>The state after a successful full build.</summary>
    public static SiteState After(BuiltSite built)
    {
        var files = IncrementalPipelines.Owned.ToDictionary(
            p => p,
            p => (IReadOnlySet<string>)(built.Outputs.GetValueOrDefault(p) ?? []).Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new SiteState(built.Content, built.Settings, built.Index, RecordsIn(built.Outputs), files, built.Site);
    }

    /// <summary>The compiled record documents of a run's Inputs pipeline, by record (reference).</summary>
    public static Dictionary<Announcement, Document> RecordsIn(IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs) =>
        (outputs.GetValueOrDefault(SitePipelines.Inputs) ?? []).ToDictionary<Document, Announcement>(d => d.GetRequired(MetadataKeys.Announcement), ReferenceEqualityComparer.Instance);

    /// <summary>Diagnostics of the last good build that are not about one record (registries, settings).</summary>
    public IReadOnlyList<Diagnostic> SiteWideDiagnostics =>
        [.. Content.Diagnostics.Where(d => !Content.Input.Records.Contains(d.File, StringComparer.Ordinal))];
}
