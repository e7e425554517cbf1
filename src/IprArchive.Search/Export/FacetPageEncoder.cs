using IprArchive.Search.Indexing;

namespace IprArchive.Search.Export;

/// <summary>
/// Encodes one facet page (format 3): per facet, inverted lists of the documents the facet lists
/// in the page, each document named by its ordinal among those listed documents. The inherited
/// facets list records only (and the quotations before the page's first record), so their ordinals
/// skip the quotations in between: smaller gaps than doc offsets, a fifth fewer bytes at 100,000
/// records. Layout in docs/search-format.md, "Columns".
/// </summary>
internal static class FacetPageEncoder
{
    /// <summary>
    /// Per facet: how many of its values the page's documents have, then per value (in id order)
    /// the id as a delta from the previous one, how many documents, and their ordinals as deltas.
    /// </summary>
    public static byte[] Encode(IndexedDocument[] page, IReadOnlyList<string> facets, Dictionary<string, Dictionary<string, int>> tables, IReadOnlySet<string> inherited)
    {
        var writer = new ByteWriter();
        foreach (var facet in facets)
        {
            var lists = new SortedDictionary<int, List<int>>();
            var ordinal = 0;
            foreach (var doc in DocumentColumnsWriter.ListedInPage(page, inherited.Contains(facet)))
            {
                foreach (var value in doc.FacetValues(facet).Distinct())
                {
                    var id = tables[facet][value];
                    if (!lists.TryGetValue(id, out var docs)) lists[id] = docs = [];
                    docs.Add(ordinal);
                }
                ordinal++;
            }
            WriteLists(writer, lists);
        }
        return writer.ToArray();
    }

    private static void WriteLists(ByteWriter writer, SortedDictionary<int, List<int>> lists)
    {
        writer.Varint(lists.Count);
        var lastId = 0;
        foreach (var (id, ordinals) in lists)
        {
            writer.Varint(id - lastId);
            lastId = id;
            writer.Varint(ordinals.Count);
            var last = 0;
            foreach (var ordinal in ordinals)
            {
                writer.Varint(ordinal - last);
                last = ordinal;
            }
        }
    }
}
