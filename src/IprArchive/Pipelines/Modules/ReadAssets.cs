using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Rendering;

namespace IprArchive.Pipelines.Modules;

/// <summary>Input phase of Assets: the theme's assets and the media under <c>input/assets/</c>, copied as-is.</summary>
public sealed class ReadAssets : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var theme = context.Get<SiteContext>().Theme;
        IReadOnlyList<Document> assets = [.. theme.Assets()
            .Select(kv => new Document { Source = kv.Value, Destination = kv.Key, CopyFrom = kv.Value })];
        return Task.FromResult(assets);
    }
}
