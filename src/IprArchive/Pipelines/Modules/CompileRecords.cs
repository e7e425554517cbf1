using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Records;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Process phase of Inputs: compiles each record once (<see cref="RecordCompiler"/>) into
/// its document's <see cref="MetadataKeys.Record"/>, and reports the quotations nobody can be
/// credited with (IPR050). Nothing after this renders Markdown. In a preview session a record
/// that did not change since the last run keeps its compiled record (<see cref="RecordCache"/>).
/// </summary>
public sealed class CompileRecords : ParallelModule
{
    /// <inheritdoc/>
    protected override IEnumerable<Document> Map(Document input, PipelineContext context)
    {
        var announcement = input.GetRequired(MetadataKeys.Announcement);
        var cache = context.Find<RecordCache>();
        if (cache is null || !cache.TryReuse(announcement, out var compiled))
        {
            var (record, warnings) = context.Get<SiteContext>().Compiler.Compile(announcement);
            compiled = new RecordCache.Compiled(record, [.. warnings]);
            cache?.Keep(announcement, compiled);
        }

        foreach (var warning in compiled.Warnings)
        {
            context.Diagnostics.Add(warning);
        }

        return [input.With(MetadataKeys.Record, compiled.Record)];
    }
}
