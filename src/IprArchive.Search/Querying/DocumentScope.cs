using Lucene.Net.Search;

namespace IprArchive.Search.Querying;

/// <summary>
/// Which kinds of document a search shows: records only, unless the request asks for types
/// (a <c>type</c> filter, as <c>--quotes</c> and the page's "Quotations only" set) or the query
/// names the <c>type</c> field itself (<c>type:quote</c>, <c>-type:quote</c>), which then decides.
/// Like the other filters this only removes hits: quotations are in the index either way, so
/// BM25's document count and every score are the same whatever is shown. query-builder.js and
/// scope.js in the browser engine do the same.
/// </summary>
internal static class DocumentScope
{
    /// <summary>The types to show, or null for every type.</summary>
    public static IReadOnlySet<string>? Types(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, Query query)
    {
        if (filters.TryGetValue(DocumentTypes.Field, out var types) && types.Count > 0) return types.ToHashSet(StringComparer.Ordinal);
        return NamesType(query) ? null : new HashSet<string>(StringComparer.Ordinal) { DocumentTypes.Announcement };
    }

    /// <summary>Whether any clause, prohibited ones included, searches the type field.</summary>
    private static bool NamesType(Query query) => query switch
    {
        TermQuery t => t.Term.Field == DocumentTypes.Field,
        PhraseQuery p => p.GetTerms().Any(t => t.Field == DocumentTypes.Field),
        PrefixQuery p => p.Prefix.Field == DocumentTypes.Field,
        BooleanQuery b => b.Clauses.Any(c => NamesType(c.Query)),
        _ => false,
    };
}
