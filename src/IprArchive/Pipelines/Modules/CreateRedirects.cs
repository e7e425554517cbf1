using IprArchive.Content;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>Process phase of Redirects: a small page for every <c>redirect_from</c> path.</summary>
public sealed class CreateRedirects(string announcementsPipeline) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        IReadOnlyList<Document> redirects = [.. context.OutputsOf(announcementsPipeline)
            .Select(d => d.GetRequired(MetadataKeys.Announcement))
            .SelectMany(a => a.RedirectFrom.Select(from => new Document
                {
                    Source = a.SourcePath,
                    Destination = OutputPaths.FromUrl(from.EndsWith(".html", StringComparison.Ordinal) ? from : from.TrimEnd('/') + "/"),
                    MadeFrom = new Fingerprint(() => [a]),
                }
                .With(MetadataKeys.Model, () => PageModels.Redirect(a, site))
                .With(MetadataKeys.Layout, "redirect")
                .With(MetadataKeys.WithShell, false)))];
        return Task.FromResult(redirects);
    }
}
