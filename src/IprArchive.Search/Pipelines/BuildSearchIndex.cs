using IprArchive.Content;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Incremental;
using IprArchive.Search.Incremental;
using IprArchive.Pipelines.Site;
using IprArchive.Pipelines.Records;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// Output phase: indexes the collected <see cref="SearchDocument"/>s into the staging folder's
/// private folder (<see cref="SearchIndexLocation.ForStaging"/>), swapped in with the site only
/// when the build succeeds; exports the static shards into the build's scratch folder, and returns them as documents for
/// <c>search/</c>, which <see cref="IprArchive.Pipelines.Modules.WriteFiles"/> copies into the
/// staging output like any other file. Documents that already have a destination pass through.
/// In a preview update (<see cref="LiveOutput"/> registered) the export in the served folder is
/// brought up to date in place instead, through the session's <see cref="SearchExportUpdater"/>.
/// </summary>
public sealed class BuildSearchIndex : IModule
{
    /// <summary>Where in the site the export goes (the search page is <c>search/index.html</c>).</summary>
    public const string SiteFolder = "search/";

    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        if (context.Find<LiveOutput>() is { } live)
        {
            return UpdateAsync(inputs, context, live);
        }

        var site = context.Get<SiteContext>();
        var indexDirectory = SearchIndexLocation.ForStaging(site.Output);
        var exportDirectory = Path.Combine(site.Output.ScratchPath, "search-export");
        var records = inputs.Where(d => d.Destination is null).Select(d => d.Get(MetadataKeys.Record)).OfType<CompiledRecord>();
        SearchIndexPipeline.Run(RecordSearchDocuments.InRuns(records, site.Facets), exportDirectory, indexDirectory, SearchSchema.For(site.Facets));

        var exported = Directory.EnumerateFiles(exportDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(exportDirectory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new Document { Destination = SiteFolder + relative, CopyFrom = Path.Combine(exportDirectory, relative) });
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs.Where(d => d.Destination is not null), .. exported]);
    }

    /// <summary>Updates the served export for the records the run compiled again; its files pass on as documents with nothing to write.</summary>
    private static async Task<IReadOnlyList<Document>> UpdateAsync(IReadOnlyList<Document> inputs, PipelineContext context, LiveOutput live)
    {
        var cache = context.Get<RecordCache>();
        var updater = context.Find<SearchExportUpdater>() ?? new SearchExportUpdater();
        var records = inputs.Where(d => d.Destination is null).Select(d => d.Get(MetadataKeys.Record)).OfType<CompiledRecord>()
            .ToDictionary<CompiledRecord, Announcement>(r => r.Announcement, ReferenceEqualityComparer.Instance);
        var changes = await updater.UpdateAsync(new RecordChanges(cache.Previous, cache.Current, records, live.OutputDirectory));
        foreach (var path in changes.Written)
        {
            live.Written.Add(path);
        }

        foreach (var path in changes.Deleted)
        {
            live.Deleted.Add(path);
        }

        return [.. inputs.Where(d => d.Destination is not null), .. updater.Files.Select(path => new Document { Destination = path })];
    }
}
