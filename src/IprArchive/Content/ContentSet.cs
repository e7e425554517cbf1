using IprArchive.Content.Registries;
using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>Everything read from an input folder: settings, registries, announcements and the problems found.</summary>
public sealed record ContentSet(
    InputTree Input,
    SiteSettings Settings,
    Registry Registry,
    IReadOnlyList<Announcement> Announcements,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The announcements that are published (not 'excluded'), newest first.</summary>
    public IEnumerable<Announcement> Published => Announcements.Where(a => !a.Excluded);
}
