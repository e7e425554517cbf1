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
    IReadOnlyDictionary<string, IReadOnlySet<string>> Files)
{
    /// <summary>The state after a successful full build.</summary>
    public static SiteState After(BuiltSite built)
    {
        // The page models are dropped: they hold every page's HTML body and are rebuilt when needed.
        var rendered = new Dictionary<Announcement, Document>(ReferenceEqualityComparer.Instance);
        foreach (var document in built.Outputs.GetValueOrDefault(SitePipelines.Content) ?? [])
        {
            rendered[document.GetRequired<Announcement>(MetadataKeys.Announcement)] =
                document with { Metadata = document.Metadata.Remove(MetadataKeys.Model).Remove(MetadataKeys.Layout) };
        }

        var files = IncrementalPipelines.Owned.ToDictionary(
            p => p,
            p => (IReadOnlySet<string>)(built.Outputs.GetValueOrDefault(p) ?? []).Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new SiteState(built.Content, built.Settings, built.Index, rendered, files);
    }

    /// <summary>Diagnostics of the last good build that are not about one record (registries, settings).</summary>
    public IReadOnlyList<Diagnostic> SiteWideDiagnostics =>
        [.. Content.Diagnostics.Where(d => !Content.Input.Records.Contains(d.File, StringComparer.Ordinal))];
}
