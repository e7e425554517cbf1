using System.Text;
using IprArchive.Content;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// Gives every record document what <see cref="CompileRecords"/> adds (its compiled record): the
/// last good build's when the record did not change, a fresh compile (with its checks) when it did.
/// </summary>
internal sealed class AttachBodies : IModule
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var scope = context.Get<UpdateScope>();
        var stale = inputs.Where(d => !scope.RenderedBefore.ContainsKey(AnnouncementOf(d))).ToList();
        var fresh = new Dictionary<Announcement, Document>(ReferenceEqualityComparer.Instance);
        foreach (var document in await new CompileRecords().ExecuteAsync(stale, context))
        {
            fresh[AnnouncementOf(document)] = document;
        }

        return [.. inputs.Select(d => fresh.GetValueOrDefault(AnnouncementOf(d)) ?? scope.RenderedBefore[AnnouncementOf(d)])];
    }

    private static Announcement AnnouncementOf(Document d) => d.GetRequired(MetadataKeys.Announcement);
}

/// <summary>Notes every destination of a pipeline: a full build would write them all, and what the last build wrote beyond them is deleted.</summary>
internal sealed class NoteDestinations : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        context.Get<UpdateScope>().Destinations[context.PipelineName] = inputs.Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(inputs);
    }
}

/// <summary>Keeps only the documents whose destination the change affects, after noting every destination.</summary>
internal sealed class OnlyAffected : IModule
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        await new NoteDestinations().ExecuteAsync(inputs, context);
        var scope = context.Get<UpdateScope>();
        var affected = scope.Affected(BuildSiteIndex.IndexOf(context), context.Get<SiteContext>().Settings.PageSize);
        return [.. inputs.Where(d => d.Destination is { } path && affected.Contains(path))];
    }
}

/// <summary>
/// Output phase of incremental runs: renders each document and writes it into the live output
/// folder only when its bytes differ from the file there. Each file is replaced by a rename, so the
/// preview server never sends a half-written page.
/// </summary>
internal sealed class WriteChangedFiles : IModule
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteContext>();
        var scope = context.Get<UpdateScope>();
        await Parallel.ForEachAsync(inputs.Where(d => d.Destination is not null), context.CancellationToken, async (document, token) =>
        {
            var content = DocumentFailureException.Guard(document, () => RenderLayout.ContentOf(document, site));
            if (content is null)
            {
                return;
            }

            var sitePath = OutputPaths.Normalize(document.Destination!);
            if (await ReplaceIfChangedAsync(Path.Combine(scope.OutputDirectory, sitePath), Utf8NoBom.GetBytes(content), token))
            {
                scope.Written.Add(sitePath);
            }
        });
        return inputs;
    }

    private static async Task<bool> ReplaceIfChangedAsync(string target, byte[] bytes, CancellationToken token)
    {
        if (File.Exists(target) && (await File.ReadAllBytesAsync(target, token)).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".iprarchive-tmp";
        await File.WriteAllBytesAsync(temporary, bytes, token);
        File.Move(temporary, target, overwrite: true);
        return true;
    }
}
