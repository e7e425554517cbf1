namespace IprArchive.Pipelines.Engine;

/// <summary>Orders pipelines so each comes after its dependencies; rejects unknown names and cycles.</summary>
internal static class PipelineOrder
{
    public static IReadOnlyList<Pipeline> Sort(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new InvalidOperationException($"Two pipelines are named '{pipeline.Name}'.");
            }
        }

        var sorted = new List<Pipeline>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            Visit(pipeline, byName, visiting, done, sorted);
        }

        return sorted;
    }

    private static void Visit(Pipeline pipeline, Dictionary<string, Pipeline> byName, HashSet<string> visiting, HashSet<string> done, List<Pipeline> sorted)
    {
        if (done.Contains(pipeline.Name))
        {
            return;
        }

        if (!visiting.Add(pipeline.Name))
        {
            throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on itself through its dependencies.");
        }

        foreach (var dependency in pipeline.Dependencies)
        {
            if (!byName.TryGetValue(dependency, out var target))
            {
                throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{dependency}'.");
            }

            Visit(target, byName, visiting, done, sorted);
        }

        visiting.Remove(pipeline.Name);
        done.Add(pipeline.Name);
        sorted.Add(pipeline);
    }
}
