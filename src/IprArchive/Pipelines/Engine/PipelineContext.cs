using IprArchive.Diagnostics;

namespace IprArchive.Pipelines.Engine;

/// <summary>What a module can see while it runs: its pipeline and phase, the build's services,
/// other pipelines' documents, and where to report problems.</summary>
public sealed class PipelineContext
{
    private readonly PipelineEngine.Run _run;

    internal PipelineContext(PipelineEngine.Run run, string pipelineName, Phase phase)
    {
        _run = run;
        PipelineName = pipelineName;
        Phase = phase;
    }

    /// <summary>The pipeline running the module.</summary>
    public string PipelineName { get; }

    /// <summary>The phase running the module.</summary>
    public Phase Phase { get; }

    /// <summary>Where problems go; an error stops the build before the output phase.</summary>
    public DiagnosticBag Diagnostics => _run.Diagnostics;

    /// <summary>Cancelled when the build is interrupted.</summary>
    public CancellationToken CancellationToken => _run.CancellationToken;

    /// <summary>A service the build registered (site settings, renderers, the output folder).</summary>
    public T Get<T>() where T : class =>
        _run.Services.OfType<T>().FirstOrDefault()
        ?? throw new InvalidOperationException($"No {typeof(T).Name} was registered with the engine.");

    /// <summary>A service the build may have registered (a preview update's caches), or null.</summary>
    public T? Find<T>() where T : class => _run.Services.OfType<T>().FirstOrDefault();

    /// <summary>
    /// The documents of another pipeline as of its last finished phase. The phase rules make this
    /// well defined: in the process phase a dependency's process output; in post-process and output
    /// any pipeline's process (or post-process, once done) output.
    /// </summary>
    public IReadOnlyList<Document> OutputsOf(string pipelineName) => _run.OutputsOf(pipelineName);
}
