using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace IprArchive.Search.Export;

/// <summary>One term's postings in one field: doc ids ascending, their freqs, norm bytes and positions.</summary>
internal sealed record FieldPostings(int FieldIndex, int[] Docs, int[] Freqs, byte[]? Norms, int[][]? Positions);

/// <summary>A term with its postings in every field it occurs in (fields in schema order).</summary>
internal sealed record TermEntry(string Term, IReadOnlyList<FieldPostings> Fields);

/// <summary>
/// Reads every queryable field's terms out of a single-segment index, grouped by term text, one
/// term at a time: the export holds one shard's postings, never the whole index's.
/// </summary>
internal static class TermPostingsReader
{
    /// <summary>
    /// All terms in ordinal (UTF-16) order, which is how the browser compares strings. Lucene keeps
    /// terms in UTF-8 byte order, which differs for surrogate pairs, so the term texts are listed
    /// and sorted first (a few dozen bytes a term), then each term's postings are sought.
    /// </summary>
    public static IEnumerable<TermEntry> Read(AtomicReader reader, SearchSchema? schema = null)
    {
        var fields = (schema ?? SearchSchema.Default).Queryable.Select(f => (Terms: reader.GetTerms(f.Name), Norms: reader.GetNormValues(f.Name))).ToList();
        var inFields = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var fieldIndex = 0; fieldIndex < fields.Count; fieldIndex++)
        {
            if (fields[fieldIndex].Terms is not { } terms) continue;
            var termsEnum = terms.GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var text = termsEnum.Term.Utf8ToString();
                inFields[text] = inFields.GetValueOrDefault(text) | (1 << fieldIndex);
            }
        }

        var enums = fields.Select(f => f.Terms?.GetEnumerator()).ToArray();
        foreach (var (text, mask) in inFields.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var postings = new List<FieldPostings>();
            for (var fieldIndex = 0; fieldIndex < fields.Count; fieldIndex++)
            {
                if ((mask & (1 << fieldIndex)) == 0 || !enums[fieldIndex]!.SeekExact(new BytesRef(text))) continue;
                postings.Add(Read(enums[fieldIndex]!, fieldIndex, fields[fieldIndex].Norms));
            }
            yield return new TermEntry(text, postings);
        }
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
