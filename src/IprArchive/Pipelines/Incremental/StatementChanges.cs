using IprArchive.Content;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// Whether an update changes what <c>statements.json</c> says: only a changed record with
/// quotations before or after can, and only through the fields the export shows. Most edits
/// (text around the quotations) leave every file of the export as it was.
/// </summary>
internal static class StatementChanges
{
    /// <summary>True when some statement of the changed records appears, disappears or reads differently.</summary>
    public static bool Any(
        IReadOnlyList<Announcement> previous, IReadOnlyList<Announcement> current,
        IReadOnlyDictionary<Announcement, Document> before, IReadOnlyDictionary<Announcement, Document> after)
    {
        var now = current.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        var was = previous.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        return was.Keys.Union(now.Keys).Any(path =>
        {
            var old = Shown(was.GetValueOrDefault(path), before);
            var @new = Shown(now.GetValueOrDefault(path), after);
            return !old.SequenceEqual(@new);
        });
    }

    /// <summary>What the export shows of a record's statements (nothing for a record without quotations or not published).</summary>
    private static IEnumerable<object> Shown(Announcement? record, IReadOnlyDictionary<Announcement, Document> documents)
    {
        if (record is null || documents.GetValueOrDefault(record)?.Get(MetadataKeys.Record)?.Quotations is not { Count: > 0 } quotations)
        {
            return [];
        }

        return quotations.Select(q => (object)(q.Id, q.Text, q.Speaker, q.Kind, q.Form, record.Url, record.Title, record.Date, record.Event, record.Language, record.Source?.Url));
    }
}
