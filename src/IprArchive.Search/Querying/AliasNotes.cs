using Lucene.Net.Search;

namespace IprArchive.Search.Querying;

/// <summary>
/// The notes a result carries when a query word or phrase searched in a speaker or organisation
/// field is another name of one ("SIPO: former name of CNIPA"). The browser engine gives the same
/// from the same table (src/search-client/aliases.js).
/// </summary>
internal static class AliasNotes
{
    /// <summary>The fields whose aliases the index searches.</summary>
    private static readonly string[] Fields = ["speaker", "org"];

    /// <summary>Notes for every term or phrase of the query (prohibited clauses excluded), in query order, once each.</summary>
    public static IReadOnlyList<NameAlias> Find(Query query, NameAliasTable table)
    {
        var notes = new List<NameAlias>();
        if (!table.IsEmpty) Walk(query, table, notes);
        return notes;
    }

    private static void Walk(Query query, NameAliasTable table, List<NameAlias> notes)
    {
        switch (query)
        {
            case TermQuery t: Note(t.Term.Field, t.Term.Text, table, notes); break;
            case PhraseQuery p when p.GetTerms().Length > 0:
                Note(p.GetTerms()[0].Field, string.Join(' ', p.GetTerms().Select(t => t.Text)), table, notes);
                break;
            case BooleanQuery b:
                if (OneWord(b) is { } word) Note(word.Field, string.Join(' ', word.Terms), table, notes);
                foreach (var clause in b.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Walk(clause.Query, table, notes);
                break;
        }
    }

    /// <summary>
    /// A word the analyzer split into several terms of one field (申长雨 into bigrams) is a boolean
    /// query of required terms: its terms together are the key, as for a phrase.
    /// </summary>
    private static (string Field, List<string> Terms)? OneWord(BooleanQuery b)
    {
        var terms = b.Clauses.Select(c => c.Occur == Occur.MUST ? c.Query as TermQuery : null).ToList();
        if (terms.Count < 2 || terms.Any(t => t is null)) return null;
        var field = terms[0]!.Term.Field;
        return terms.All(t => t!.Term.Field == field) ? (field, terms.Select(t => t!.Term.Text).ToList()) : null;
    }

    private static void Note(string field, string key, NameAliasTable table, List<NameAlias> notes)
    {
        if (!Fields.Contains(field)) return;
        notes.AddRange(table.Lookup(field, key).Where(a => !notes.Contains(a)));
    }
}
