using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Output phase: writes every document that has a destination into the staging folder, rendering
/// page models on the way (see <see cref="RenderLayout"/>). Returns the documents without their
/// rendered HTML, so memory stays bounded by the pages in flight.
/// </summary>
public sealed class WriteFiles : IModule
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var written = 0;
        await Parallel.ForEachAsync(
            inputs.Where(d => d.Destination is not null),
            context.CancellationToken,
            async (document, token) =>
            {
                var content = RenderLayout.NeedsRendering(document) ? RenderLayout.Render(document, site) : document.Content;
                if (content is not null)
                {
                    await site.Output.WriteTextAsync(document.Destination!, content, token);
                }
                else if (document.CopyFrom is not null)
                {
                    await site.Output.CopyFileAsync(document.Destination!, document.CopyFrom, token);
                }
                else
                {
                    return;
                }

                Interlocked.Increment(ref written);
            });
        site.FilesWritten[context.PipelineName] = written;
        return inputs;
    }
}
