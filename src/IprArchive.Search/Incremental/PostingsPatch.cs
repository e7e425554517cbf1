using IprArchive.Search.Export;

namespace IprArchive.Search.Incremental;

/// <summary>
/// Replaces a run of documents in decoded term entries: their old postings go, the postings of
/// their new versions (same doc ids) come in, terms left without postings go too.
/// </summary>
internal static class PostingsPatch
{
    /// <summary>
    /// The entries of one shard with the documents <paramref name="replaced"/> taken out and
    /// <paramref name="replacement"/> (terms of their new versions that belong to this shard) put in,
    /// in ordinal term order; <paramref name="lengthDelta"/> gets each field's change in total term frequency.
    /// </summary>
    public static List<TermEntry> Apply(
        IReadOnlyList<TermEntry> shard, Func<int, bool> replaced, IReadOnlyDictionary<string, List<FieldPostings>> replacement, long[] lengthDelta)
    {
        var terms = new SortedDictionary<string, List<FieldPostings>>(StringComparer.Ordinal);
        foreach (var entry in shard)
        {
            terms[entry.Term] = [.. entry.Fields.Select(f => Without(f, replaced, lengthDelta)).OfType<FieldPostings>()];
        }

        foreach (var (term, fields) in replacement)
        {
            var merged = terms.TryGetValue(term, out var kept) ? kept : [];
            foreach (var field in fields)
            {
                lengthDelta[field.FieldIndex] += field.Freqs.Sum();
                var at = merged.FindIndex(f => f.FieldIndex >= field.FieldIndex);
                if (at >= 0 && merged[at].FieldIndex == field.FieldIndex) merged[at] = Merge(merged[at], field);
                else merged.Insert(at < 0 ? merged.Count : at, field);
            }
            terms[term] = merged;
        }

        return [.. terms.Where(t => t.Value.Count > 0).Select(t => new TermEntry(t.Key, t.Value))];
    }

    /// <summary>Whether two shards' entries hold the same terms and postings, field by field.</summary>
    public static bool Same(IReadOnlyList<TermEntry> a, IReadOnlyList<TermEntry> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Term != b[i].Term || a[i].Fields.Count != b[i].Fields.Count) return false;
            for (var f = 0; f < a[i].Fields.Count; f++)
            {
                if (!Same(a[i].Fields[f], b[i].Fields[f])) return false;
            }
        }
        return true;
    }

    private static bool Same(FieldPostings a, FieldPostings b) =>
        ReferenceEquals(a, b) || (a.FieldIndex == b.FieldIndex
            && a.Docs.AsSpan().SequenceEqual(b.Docs)
            && a.Freqs.AsSpan().SequenceEqual(b.Freqs)
            && (a.Norms ?? []).AsSpan().SequenceEqual(b.Norms ?? [])
            && (a.Norms is null) == (b.Norms is null)
            && SamePositions(a.Positions, b.Positions));

    private static bool SamePositions(int[][]? a, int[][]? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].AsSpan().SequenceEqual(b[i])) return false;
        }
        return true;
    }

    private static FieldPostings? Without(FieldPostings field, Func<int, bool> replaced, long[] lengthDelta)
    {
        var keep = Enumerable.Range(0, field.Docs.Length).Where(i => !replaced(field.Docs[i])).ToArray();
        if (keep.Length == field.Docs.Length) return field;
        lengthDelta[field.FieldIndex] -= field.Freqs.Sum() - keep.Sum(i => field.Freqs[i]);
        return keep.Length == 0 ? null : Pick(field, keep);
    }

    /// <summary>Both postings lists, by doc id (they never share a document).</summary>
    public static FieldPostings Merge(FieldPostings a, FieldPostings b)
    {
        var both = new FieldPostings(a.FieldIndex, [.. a.Docs, .. b.Docs], [.. a.Freqs, .. b.Freqs],
            a.Norms is null ? null : [.. a.Norms, .. b.Norms!], a.Positions is null ? null : [.. a.Positions, .. b.Positions!]);
        return Pick(both, [.. Enumerable.Range(0, both.Docs.Length).OrderBy(i => both.Docs[i])]);
    }

    private static FieldPostings Pick(FieldPostings field, int[] at) => new(
        field.FieldIndex,
        [.. at.Select(i => field.Docs[i])],
        [.. at.Select(i => field.Freqs[i])],
        field.Norms is null ? null : [.. at.Select(i => field.Norms[i])],
        field.Positions is null ? null : [.. at.Select(i => field.Positions[i])]);
}
