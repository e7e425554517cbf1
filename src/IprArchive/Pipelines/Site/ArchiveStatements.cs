using IprArchive.Content;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>
/// The statements an archive page lists: the attributed quotations of the entries on that page
/// (on a speaker's page, only the speaker's own), so the statements page along with the entries
/// and each page costs what its entries cost, not what the corpus does.
/// </summary>
public static class ArchiveStatements
{
    /// <summary>The statements of <paramref name="pageItems"/> for <paramref name="archive"/>, newest first.</summary>
    public static IEnumerable<Statement> Of(Archive archive, IEnumerable<Announcement> pageItems, StatementIndex statements)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(statements);
        var speakerId = (archive.Entity as Speaker)?.Id;
        return pageItems
            .SelectMany(statements.Of)
            .Where(s => s.Quotation.Speaker is { } credit && (speakerId is null || credit.Speaker.Id == speakerId));
    }
}
