using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IprArchive.Search.Export;

/// <summary>One term's postings in one field: doc ids ascending, their freqs, norm bytes and positions.</summary>
internal sealed record FieldPostings(int FieldIndex, int[] Docs, int[] Freqs, byte[]? Norms, int[][]? Positions);

/// <summary>A term with its postings in every field it occurs in (fields in schema order).</summary>
internal sealed record TermEntry(string Term, IReadOnlyList<FieldPostings> Fields);

/// <summary>Reads every queryable field's terms out of a single-segment index, grouped by term text.</summary>
internal static class TermPostingsReader
{
    /// <summary>All terms, ordinal (UTF-16) order, which is how the browser compares strings.</summary>
    public static List<TermEntry> ReadAll(AtomicReader reader)
    {
        var byTerm = new Dictionary<string, List<FieldPostings>>(StringComparer.Ordinal);
        for (var fieldIndex = 0; fieldIndex < SearchFields.Queryable.Count; fieldIndex++)
        {
            var field = SearchFields.Queryable[fieldIndex].Name;
            var terms = reader.GetTerms(field);
            if (terms is null) continue;
            var norms = reader.GetNormValues(field);
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var text = termsEnum.Term.Utf8ToString();
                if (!byTerm.TryGetValue(text, out var list)) byTerm[text] = list = [];
                list.Add(Read(termsEnum, fieldIndex, norms));
            }
        }
        return byTerm.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new TermEntry(p.Key, p.Value)).ToList();
    }

    private static FieldPostings Read(TermsEnum termsEnum, int fieldIndex, NumericDocValues? norms)
    {
        var docs = new List<int>();
        var freqs = new List<int>();
        var positions = new List<int[]>();
        var withPositions = termsEnum.DocsAndPositions(null, null);
        DocsEnum postings = withPositions ?? termsEnum.Docs(null, null);
        while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            docs.Add(postings.DocID);
            freqs.Add(postings.Freq);
            if (withPositions is null) continue;
            var docPositions = new int[postings.Freq];
            for (var i = 0; i < docPositions.Length; i++) docPositions[i] = withPositions.NextPosition();
            positions.Add(docPositions);
        }
        var normBytes = norms is null ? null : docs.Select(d => (byte)norms.Get(d)).ToArray();
        return new FieldPostings(fieldIndex, [.. docs], [.. freqs], normBytes, withPositions is null ? null : [.. positions]);
    }
}
