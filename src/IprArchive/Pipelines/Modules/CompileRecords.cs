using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Modules;

/// <summary>
/// Process phase of Inputs: compiles each record once (<see cref="Records.RecordCompiler"/>) into
/// its document's <see cref="MetadataKeys.Record"/>, and reports the quotations nobody can be
/// credited with (IPR050). Nothing after this renders Markdown.
/// </summary>
public sealed class CompileRecords : ParallelModule
{
    /// <inheritdoc/>
    protected override IEnumerable<Document> Map(Document input, PipelineContext context)
    {
        var (record, warnings) = context.Get<SiteContext>().Compiler.Compile(input.GetRequired(MetadataKeys.Announcement));
        foreach (var warning in warnings)
        {
            context.Diagnostics.Add(warning);
        }

        return [input.With(MetadataKeys.Record, record)];
    }
}
