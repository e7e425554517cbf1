using IprArchive.Diagnostics;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Incremental;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Output phase: writes every document that has a destination into the staging folder, rendering
/// page models on the way (see <see cref="RenderLayout"/>). Returns the documents without their
/// rendered HTML, so memory stays bounded by the pages in flight. In a preview update the same
/// module writes into the served folder instead, only what changed (<see cref="LiveOutput"/>).
/// </summary>
public sealed class WriteFiles : IModule
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var live = context.Find<LiveOutput>();
        var written = 0;
        await Parallel.ForEachAsync(
            inputs.Where(d => d.Destination is not null),
            context.CancellationToken,
            async (document, token) =>
            {
                try
                {
                    if (await (live is null ? WriteAsync(document, site, token) : live.WriteAsync(document, site, token)))
                    {
                        Interlocked.Increment(ref written);
                    }
                }
                catch (Exception ex) when (ex is DuplicateOutputException or UnsafeSitePathException)
                {
                    // Located at the record whose slug or redirect_from caused it, whichever of the
                    // two outputs was written first.
                    var record = document.Source ?? (ex as DuplicateOutputException)?.FirstOwner ?? context.PipelineName;
                    throw new BuildFailureException(new Diagnostic(Codes.OutputFailed.Code, Severity.Error, record, 1, 1, ex.Message));
                }
                catch (Exception ex) when (DocumentFailureException.IsUnexpected(ex))
                {
                    throw DocumentFailureException.For(document, ex);
                }
            });
        site.FilesWritten[context.PipelineName] = written;
        return inputs;
    }

    private static async Task<bool> WriteAsync(Document document, SiteContext site, CancellationToken token)
    {
        var content = RenderLayout.ContentOf(document, site);
        if (content is not null)
        {
            await site.Output.WriteTextAsync(document.Destination!, content, document.Source, token);
            return true;
        }

        if (document.CopyFrom is not null)
        {
            await site.Output.CopyFileAsync(document.Destination!, document.CopyFrom, token);
            return true;
        }

        return false;
    }
}
