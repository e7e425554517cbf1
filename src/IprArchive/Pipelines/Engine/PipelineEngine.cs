using System.Collections.Concurrent;
using System.Diagnostics;
using IprArchive.Diagnostics;

namespace IprArchive.Pipelines.Engine;

/// <summary>Reported after each module and each phase of each pipeline, for progress displays and timings.</summary>
/// <param name="Pipeline">Pipeline name.</param>
/// <param name="Phase">Phase just finished (or running, for a module report).</param>
/// <param name="Documents">Documents the phase (or module) produced.</param>
/// <param name="Elapsed">Time the phase (or module) took.</param>
/// <param name="Module">The module's type name for a module report; null for the phase's total.</param>
public sealed record PipelineProgress(string Pipeline, Phase Phase, int Documents, TimeSpan Elapsed, string? Module = null);

/// <summary>
/// Runs pipelines by Statiq's rules: all input phases at once; a process phase when its input
/// phase and its dependencies' process phases are done; post-process phases once every process
/// phase is done; output phases only if no error was reported. Independent pipelines run in
/// parallel. A failing module becomes an error diagnostic; its dependents are skipped.
/// </summary>
public static class PipelineEngine
{
    /// <summary>Runs <paramref name="pipelines"/>; returns the documents of each pipeline's last phase.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Document>>> ExecuteAsync(
        IReadOnlyList<Pipeline> pipelines,
        IReadOnlyList<object> services,
        DiagnosticBag diagnostics,
        Action<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        var ordered = PipelineOrder.Sort(pipelines);
        var run = new Run(services, diagnostics, progress, cancellationToken);

        var processDone = new Dictionary<string, Task<bool>>(StringComparer.Ordinal);
        foreach (var pipeline in ordered)
        {
            var dependencies = pipeline.Dependencies.Select(d => processDone[d]).ToArray();
            processDone[pipeline.Name] = Task.Run(() => run.InputAndProcessAsync(pipeline, dependencies), cancellationToken);
        }

        var processed = await Task.WhenAll(ordered.Select(p => processDone[p.Name]));
        var survivors = ordered.Where((_, i) => processed[i]).ToList();

        var postProcessed = await Task.WhenAll(survivors.Select(p => Task.Run(() => run.PhaseAsync(p, Phase.PostProcess), cancellationToken)));
        if (!diagnostics.HasErrors && postProcessed.All(ok => ok))
        {
            await Task.WhenAll(survivors.Select(p => Task.Run(() => run.PhaseAsync(p, Phase.Output), cancellationToken)));
        }

        return run.AllOutputs();
    }

    /// <summary>The state of one engine run, shared by its pipeline contexts.</summary>
    internal sealed class Run(
        IReadOnlyList<object> services,
        DiagnosticBag diagnostics,
        Action<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _outputs = new(StringComparer.Ordinal);

        public IReadOnlyList<object> Services { get; } = services;

        public DiagnosticBag Diagnostics { get; } = diagnostics;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public IReadOnlyList<Document> OutputsOf(string pipeline) =>
            _outputs.TryGetValue(pipeline, out var docs) ? docs : [];

        public IReadOnlyDictionary<string, IReadOnlyList<Document>> AllOutputs() => _outputs.ToDictionary();

        public async Task<bool> InputAndProcessAsync(Pipeline pipeline, Task<bool>[] dependencies)
        {
            var inputOk = await PhaseAsync(pipeline, Phase.Input);
            var dependenciesOk = (await Task.WhenAll(dependencies)).All(ok => ok);
            return inputOk && dependenciesOk && await PhaseAsync(pipeline, Phase.Process);
        }

        public async Task<bool> PhaseAsync(Pipeline pipeline, Phase phase)
        {
            CancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var context = new PipelineContext(this, pipeline.Name, phase);
            var documents = OutputsOf(pipeline.Name);
            try
            {
                foreach (var module in pipeline.ModulesOf(phase))
                {
                    var moduleClock = Stopwatch.StartNew();
                    documents = await module.ExecuteAsync(documents, context);
                    progress?.Invoke(new PipelineProgress(pipeline.Name, phase, documents.Count, moduleClock.Elapsed, module.GetType().Name));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                foreach (var diagnostic in FailuresOf(pipeline, phase, ex))
                {
                    Diagnostics.Add(diagnostic);
                }

                return false;
            }

            _outputs[pipeline.Name] = documents;
            progress?.Invoke(new PipelineProgress(pipeline.Name, phase, documents.Count, clock.Elapsed));
            return true;
        }

        /// <summary>
        /// Located diagnostics of modules that threw <see cref="BuildFailureException"/> (once each,
        /// however many parallel documents hit the same problem), one error per document whose
        /// processing failed (<see cref="DocumentFailureException"/>), or one error for the
        /// pipeline. Every unlocated error carries its stack trace for <c>-v diag</c>.
        /// </summary>
        private static List<Diagnostic> FailuresOf(Pipeline pipeline, Phase phase, Exception ex)
        {
            var all = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [ex];
            List<Diagnostic> located =
            [
                .. all.OfType<BuildFailureException>().Select(f => f.Diagnostic),
                .. all.OfType<DocumentFailureException>().Select(f => f.ToDiagnostic(pipeline.Name, phase)),
            ];
            if (located.Count > 0)
            {
                return [.. located.Distinct()];
            }

            return [new Diagnostic(
                Codes.ModuleFailed.Code,
                Severity.Error,
                pipeline.Name,
                0,
                0,
                $"the {pipeline.Name} pipeline failed in its {phase} phase: {all[0].GetType().Name}: {all[0].Message}",
                Codes.ModuleFailed.Hint)
            { Detail = all[0].ToString() }];
        }
    }
}

/// <summary>Thrown by a module to stop its pipeline with a located diagnostic.</summary>
public sealed class BuildFailureException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    /// <summary>The problem to report.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}
