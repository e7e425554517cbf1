using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;

namespace IprArchive.Pipelines;

/// <summary>
/// What differs between a full build and a preview update in <see cref="SitePipelines.Create(SiteRun)"/>:
/// how record bodies are read, how files are written, and whether theme assets are copied.
/// </summary>
/// <param name="Bodies">Process module of Inputs that gives each record its quotations.</param>
/// <param name="WriteAll">Output modules of pipelines whose every file is (re)considered.</param>
/// <param name="WriteAffected">Output modules of pipelines that write only what a change reaches.</param>
/// <param name="WithAssets">Whether the Assets pipeline runs.</param>
internal sealed record SiteRun(Func<IModule> Bodies, Func<IModule[]> WriteAll, Func<IModule[]> WriteAffected, bool WithAssets)
{
    /// <summary>A full build: every body rendered, every file written into the staging folder.</summary>
    public static SiteRun Full { get; } = new(() => new CompileRecords(), () => [new WriteFiles()], () => [new WriteFiles()], WithAssets: true);
}
