using IprArchive.Pipelines;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// The site's <c>SearchIndex</c> pipeline (Statiq style): ships the browser engine into
/// <c>assets/search/</c>, maps each published announcement of the Content pipeline to a
/// <see cref="SearchDocument"/>, and in the output phase builds the Lucene index beside the output
/// (<see cref="SearchIndexLocation"/>) and writes its static export into the site's <c>search/</c>.
/// Passed to <see cref="SiteBuilder"/> through <see cref="BuildOptions.ExtraPipelines"/>.
/// </summary>
public static class SearchIndexSitePipeline
{
    /// <summary>The pipeline's name, as shown in build progress.</summary>
    public const string Name = "SearchIndex";

    /// <summary>Creates the pipeline.</summary>
    public static Pipeline Create()
    {
        var pipeline = new Pipeline(Name);
        pipeline.Dependencies.Add(SitePipelines.Content);
        pipeline.Input.Add(new ReadSearchEngine());
        pipeline.Process.Add(new CollectSearchDocuments(SitePipelines.Content));
        pipeline.Output.AddRange([new BuildSearchIndex(), new WriteFiles()]);
        return pipeline;
    }
}
