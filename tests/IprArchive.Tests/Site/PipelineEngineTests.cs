using System.Collections.Concurrent;
using IprArchive.Diagnostics;
using IprArchive.Pipelines.Engine;

namespace IprArchive.Tests.Site;

public sealed class PipelineEngineTests
{
    private readonly ConcurrentQueue<string> _log = new();

    [Fact]
    public async Task A_process_phase_sees_its_dependencys_documents()
    {
        var source = Pipeline("Source", input: Emit("a", "b"));
        var upper = Pipeline("Upper", process: new DelegateModule((_, ctx) =>
            [.. ctx.OutputsOf("Source").Select(d => d with { Content = d.Content!.ToUpperInvariant() })]));
        upper.Dependencies.Add("Source");

        var outputs = await RunAsync(new DiagnosticBag(), upper, source);

        Assert.Equal(["A", "B"], outputs["Upper"].Select(d => d.Content));
    }

    [Fact]
    public async Task Phases_run_in_statiq_order()
    {
        var a = Pipeline("A", input: Log("A.input"), process: Log("A.process"), post: Log("A.post"), output: Log("A.output"));
        var b = Pipeline("B", input: Log("B.input"), process: Log("B.process"), post: Log("B.post"), output: Log("B.output"));
        b.Dependencies.Add("A");

        await RunAsync(new DiagnosticBag(), a, b);

        var log = _log.ToList();
        Assert.True(log.IndexOf("A.process") < log.IndexOf("B.process"));
        Assert.True(log.IndexOf("B.process") < log.IndexOf("A.post"), "post-process waits for every process phase");
        Assert.True(log.IndexOf("A.post") < log.IndexOf("B.output") && log.IndexOf("B.post") < log.IndexOf("A.output"));
    }

    [Fact]
    public async Task Independent_pipelines_run_at_the_same_time()
    {
        using var bothStarted = new CountdownEvent(2);
        IModule Meet() => new DelegateModule((docs, _) =>
        {
            bothStarted.Signal();
            Assert.True(bothStarted.Wait(TimeSpan.FromSeconds(10)), "the other pipeline never started");
            return docs;
        });

        await RunAsync(new DiagnosticBag(), Pipeline("A", process: Meet()), Pipeline("B", process: Meet()));
    }

    [Fact]
    public async Task A_failing_module_is_reported_skips_dependents_and_prevents_all_output()
    {
        var diagnostics = new DiagnosticBag();
        var broken = Pipeline("Broken", process: new DelegateModule((_, _) => throw new InvalidOperationException("boom")));
        var dependent = Pipeline("Dependent", process: Log("Dependent.process"));
        dependent.Dependencies.Add("Broken");
        var healthy = Pipeline("Healthy", output: Log("Healthy.output"));

        await RunAsync(diagnostics, broken, dependent, healthy);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Codes.ModuleFailed.Code, error.Code);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dependent.process", _log);
        Assert.DoesNotContain("Healthy.output", _log);
    }

    [Fact]
    public async Task Unknown_dependencies_and_cycles_are_rejected()
    {
        var a = Pipeline("A");
        a.Dependencies.Add("B");
        var b = Pipeline("B");
        b.Dependencies.Add("A");

        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(new DiagnosticBag(), a, b));
        var lonely = Pipeline("Lonely");
        lonely.Dependencies.Add("Missing");
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(new DiagnosticBag(), lonely));
    }

    private static Task<IReadOnlyDictionary<string, IReadOnlyList<Document>>> RunAsync(DiagnosticBag diagnostics, params Pipeline[] pipelines) =>
        PipelineEngine.ExecuteAsync(pipelines, [], diagnostics, null, CancellationToken.None);

    private static Pipeline Pipeline(string name, IModule? input = null, IModule? process = null, IModule? post = null, IModule? output = null)
    {
        var pipeline = new Pipeline(name);
        if (input is not null) pipeline.Input.Add(input);
        if (process is not null) pipeline.Process.Add(process);
        if (post is not null) pipeline.PostProcess.Add(post);
        if (output is not null) pipeline.Output.Add(output);
        return pipeline;
    }

    private static DelegateModule Emit(params string[] contents) =>
        new((_, _) => [.. contents.Select(c => new Document { Content = c })]);

    private DelegateModule Log(string entry) => new((docs, _) =>
    {
        _log.Enqueue(entry);
        return docs;
    });
}
