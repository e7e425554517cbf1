using IprArchive.Search.Export;

namespace IprArchive.Search.Incremental;

/// <summary>
/// A term of one document and a hash of that document's postings for it (in every field: freq,
/// norm byte, positions). A patch compares a changed record's old and new hashes to find the few
/// terms whose postings really moved, so that the shards of the others are not even read.
/// </summary>
/// <param name="Term">The term.</param>
/// <param name="Postings">The hash (64-bit FNV-1a over field, freq, norm and positions).</param>
internal readonly record struct DocumentTerm(string Term, ulong Postings)
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>The hash of no postings yet.</summary>
    public static ulong Empty => Offset;

    /// <summary>Adds the <paramref name="at"/>-th posting of <paramref name="field"/> to <paramref name="hash"/>.</summary>
    public static ulong Add(ulong hash, FieldPostings field, int at)
    {
        hash = Mix(hash, field.FieldIndex);
        hash = Mix(hash, field.Freqs[at]);
        if (field.Norms is { } norms) hash = Mix(hash, norms[at]);
        if (field.Positions is { } positions)
        {
            foreach (var position in positions[at]) hash = Mix(hash, position);
        }
        return hash;
    }

    private static ulong Mix(ulong hash, int value)
    {
        for (var shift = 0; shift < 32; shift += 8) hash = (hash ^ (byte)(value >> shift)) * Prime;
        return hash;
    }

    /// <summary>
    /// The terms of each document among <paramref name="entries"/> (whose fields are in field
    /// order), with their hashes, added to <paramref name="terms"/> by doc id.
    /// </summary>
    public static void Collect(IEnumerable<TermEntry> entries, Func<int, List<DocumentTerm>> terms)
    {
        foreach (var entry in entries)
        {
            foreach (var field in entry.Fields)
            {
                for (var i = 0; i < field.Docs.Length; i++)
                {
                    var list = terms(field.Docs[i]);
                    if (list.Count > 0 && ReferenceEquals(list[^1].Term, entry.Term))
                        list[^1] = list[^1] with { Postings = Add(list[^1].Postings, field, i) };
                    else
                        list.Add(new DocumentTerm(entry.Term, Add(Empty, field, i)));
                }
            }
        }
    }
}
