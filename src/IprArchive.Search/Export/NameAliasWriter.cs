using IprArchive.Search.Indexing;
using Lucene.Net.Index;

namespace IprArchive.Search.Export;

/// <summary>
/// Writes the index's other names of speakers and organisations (<see cref="NameAliasTable"/>) as
/// one small gzip file, a/aliases.{hash}.json.gz, that the manifest names as <c>nameAliases</c>.
/// The browser fetches it only for a query that found something through a speaker or
/// organisation field, so a cold query without such a term pays nothing for it.
/// </summary>
internal static class NameAliasWriter
{
    /// <summary>The folder the file is written to (the exporter owns and empties it).</summary>
    public const string Folder = "a";

    /// <summary>The manifest's key for the file's path.</summary>
    public const string ManifestKey = "nameAliases";

    /// <summary>Writes the table kept in the index's commit data; returns its path, or null when the index knows no alias.</summary>
    public static string? Write(string root, DirectoryReader reader)
    {
        var table = SearchIndexBuilder.NameAliasesOf(reader);
        return table.IsEmpty ? null : ShardFiles.Write(root, Folder, "aliases", ".json", table.ToJson());
    }
}
