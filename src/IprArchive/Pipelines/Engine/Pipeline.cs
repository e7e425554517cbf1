namespace IprArchive.Pipelines.Engine;

/// <summary>The four phases of a pipeline, in the order they run (Statiq's model).</summary>
public enum Phase
{
    /// <summary>Reads inputs. Every pipeline's input phase runs at once, first.</summary>
    Input,

    /// <summary>Transforms; starts when this pipeline's input and its dependencies' process phases are done.</summary>
    Process,

    /// <summary>Starts when every pipeline's process phase is done: may look at any pipeline's documents.</summary>
    PostProcess,

    /// <summary>Writes files; runs only when the whole build is free of errors.</summary>
    Output,
}

/// <summary>
/// A named sequence of modules per phase, with the pipelines it depends on. Pipelines are
/// declared, then run by <see cref="PipelineEngine"/>.
/// </summary>
public sealed class Pipeline(string name)
{
    /// <summary>Unique name, used by dependents and in progress reports.</summary>
    public string Name { get; } = name;

    /// <summary>Pipelines whose process phase must finish before this one's starts.</summary>
    public List<string> Dependencies { get; } = [];

    /// <summary>Modules of the input phase.</summary>
    public List<IModule> Input { get; } = [];

    /// <summary>Modules of the process phase.</summary>
    public List<IModule> Process { get; } = [];

    /// <summary>Modules of the post-process phase.</summary>
    public List<IModule> PostProcess { get; } = [];

    /// <summary>Modules of the output phase.</summary>
    public List<IModule> Output { get; } = [];

    /// <summary>The modules of <paramref name="phase"/>.</summary>
    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        _ => Output,
    };
}
