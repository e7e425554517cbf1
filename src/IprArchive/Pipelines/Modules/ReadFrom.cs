using IprArchive.Pipelines.Engine;

namespace IprArchive.Pipelines.Modules;

/// <summary>Starts a phase from another pipeline's documents (Statiq's <c>ReplaceDocuments</c>).</summary>
public sealed class ReadFrom(string pipelineName) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult(context.OutputsOf(pipelineName));
}
