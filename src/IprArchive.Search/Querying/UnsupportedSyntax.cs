namespace IprArchive.Search.Querying;

/// <summary>
/// The classic Lucene syntax the archive does not offer (fuzzy/proximity ~, boosts ^, regular
/// expressions /…/, ranges [ ] { }, ? and inner * wildcards, escapes). The browser's
/// query-parser.js rejects the same characters, so both engines refuse the same queries.
/// </summary>
internal static class UnsupportedSyntax
{
    /// <summary>A friendly message for the first unsupported construct outside quotes, or null.</summary>
    public static string? Find(string query)
    {
        var quoted = false;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            var message = c switch
            {
                '~' => "'~' (fuzzy or proximity search) is not supported",
                '^' => "'^' (boosting) is not supported",
                '/' => "'/' (regular expressions) is not supported",
                '[' or ']' or '{' or '}' => "Ranges with [ ] or { } are not supported",
                '?' => "Wildcards are only supported as one * at the end of a word, as in \"patent*\"",
                '\\' => "'\\' (escaping) is not supported",
                '*' when !IsTrailingStar(query, i) => "Wildcards are only supported as one * at the end of a word, as in \"patent*\"",
                _ => null,
            };
            if (message is not null) return message + "; put the words in quotes to search for them as text";
        }
        return null;
    }

    private static bool IsTrailingStar(string query, int at) =>
        at > 0 && !IsBoundary(query[at - 1]) && (at + 1 == query.Length || IsBoundary(query[at + 1]));

    private static bool IsBoundary(char c) => char.IsWhiteSpace(c) || c is '(' or ')' or ':' or '"' or '*';
}
