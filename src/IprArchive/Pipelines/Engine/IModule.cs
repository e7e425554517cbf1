namespace IprArchive.Pipelines.Engine;

/// <summary>
/// One step of a pipeline phase: takes the documents the previous step produced and returns the
/// next ones. Modules report problems through <see cref="PipelineContext.Diagnostics"/> and throw
/// only for failures that should stop the pipeline.
/// </summary>
public interface IModule
{
    /// <summary>Runs the step.</summary>
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context);
}

/// <summary>A module that maps each document independently, in parallel on all cores.</summary>
public abstract class ParallelModule : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var results = new IEnumerable<Document>[inputs.Count];
        Parallel.For(
            0,
            inputs.Count,
            new ParallelOptions { CancellationToken = context.CancellationToken },
            i => results[i] = DocumentFailureException.Guard(inputs[i], () => Map(inputs[i], context).ToList()));
        return Task.FromResult<IReadOnlyList<Document>>([.. results.SelectMany(r => r)]);
    }

    /// <summary>Maps one document to zero or more documents (run inside the parallel loop, whatever the enumerable).</summary>
    protected abstract IEnumerable<Document> Map(Document input, PipelineContext context);
}

/// <summary>A module made from a function, for one-off steps.</summary>
public sealed class DelegateModule(Func<IReadOnlyList<Document>, PipelineContext, IReadOnlyList<Document>> run) : IModule
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
        Task.FromResult(run(inputs, context));
}
