using IprArchive.Search.Indexing;

namespace IprArchive.Search.Querying;

/// <summary>
/// Matches per year over every year of the archive's range (first to last document's year),
/// years without a match included as 0: the search page draws one bar per year from it.
/// The browser engine computes the same from doc order (src/search-client/timeline.js).
/// </summary>
internal static class Timeline
{
    /// <summary>Year ("2019") → number of hits dated in it, oldest year first.</summary>
    public static IReadOnlyDictionary<string, int> Count(IReadOnlyList<IndexedDocument> documents, IEnumerable<int> hitDocs)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (documents.Count == 0)
        {
            return counts;
        }

        // Doc ids are in date order, so the first and last documents bound the range.
        var first = int.Parse(documents[0].Year, System.Globalization.CultureInfo.InvariantCulture);
        var last = int.Parse(documents[^1].Year, System.Globalization.CultureInfo.InvariantCulture);
        for (var year = first; year <= last; year++)
        {
            counts[year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)] = 0;
        }

        foreach (var doc in hitDocs)
        {
            counts[documents[doc].Year]++;
        }

        return counts;
    }
}
