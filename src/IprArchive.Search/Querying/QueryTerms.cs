using Lucene.Net.Search;

namespace IprArchive.Search.Querying;

/// <summary>
/// The terms and prefixes a query looks for (prohibited clauses excluded), for highlighting, and
/// the terms of its phrases (marked as one where they stand together).
/// </summary>
internal sealed record QueryTerms(IReadOnlySet<string> Terms, IReadOnlyList<string> Prefixes, IReadOnlySet<string> PhraseTerms)
{
    /// <summary>Walks term, phrase, prefix and boolean queries.</summary>
    public static QueryTerms From(Query query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var phraseTerms = new HashSet<string>(StringComparer.Ordinal);
        Walk(query, terms, prefixes, phraseTerms);
        return new QueryTerms(terms, prefixes, phraseTerms);
    }

    /// <summary>Whether a token's term is one the query looks for.</summary>
    public bool Matches(string term) =>
        Terms.Contains(term) || Prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal));

    private static void Walk(Query query, HashSet<string> terms, List<string> prefixes, HashSet<string> phraseTerms)
    {
        switch (query)
        {
            case TermQuery t: terms.Add(t.Term.Text); break;
            case PhraseQuery p:
                foreach (var term in p.GetTerms())
                {
                    terms.Add(term.Text);
                    phraseTerms.Add(term.Text);
                }
                break;
            case PrefixQuery p: prefixes.Add(p.Prefix.Text); break;
            case BooleanQuery b:
                foreach (var clause in b.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Walk(clause.Query, terms, prefixes, phraseTerms);
                break;
        }
    }
}
