using System.Reflection;
using IprArchive.Pipelines.Engine;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// Input phase: the browser engine's ES modules (<c>src/search-client/*.js</c>, embedded in this
/// assembly) as documents for <c>assets/search/</c>, byte for byte the files the Node tests run,
/// so the site needs no bundler and an installed tool carries its engine with it.
/// </summary>
public sealed class ReadSearchEngine : IModule
{
    /// <summary>Where in the site the engine's modules go.</summary>
    public const string SiteFolder = "assets/search/";

    private const string ResourcePrefix = "search-client/";

    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var assembly = typeof(ReadSearchEngine).Assembly;
        IReadOnlyList<Document> modules = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new Document { Source = n, Destination = SiteFolder + n[ResourcePrefix.Length..], Content = Read(assembly, n) })];
        return Task.FromResult(modules);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
