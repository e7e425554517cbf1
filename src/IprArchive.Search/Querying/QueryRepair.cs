using System.Globalization;
using System.Text;

namespace IprArchive.Search.Querying;

/// <summary>
/// What people type is not always well formed: a quotation left open ("real economy) or a
/// parenthesis never closed ((Brexit) is read the way the user most likely meant it before the
/// parser sees it, and the answer says what was understood. Limits keep a hostile query from
/// exhausting the recursive parser. The browser's query-repair.js does exactly the same.
/// </summary>
internal static class QueryRepair
{
    /// <summary>Longest query accepted, in UTF-16 code units (as JavaScript counts).</summary>
    public const int MaxLength = 1000;

    /// <summary>Deepest nesting of parentheses accepted.</summary>
    public const int MaxDepth = 256;

    /// <summary>The repaired query, or a message saying which limit it exceeds.</summary>
    /// <param name="Text">The text to parse (the input itself when nothing needed repair).</param>
    /// <param name="Changed">Whether <paramref name="Text"/> differs from what the user typed.</param>
    /// <param name="Error">Set when a limit is exceeded; then nothing is searched.</param>
    public readonly record struct Result(string Text, bool Changed, string? Error);

    /// <summary>Closes an unclosed quotation at the end, drops unmatched ')', closes unclosed '('
    /// (or drops one with nothing after it), and applies the limits.</summary>
    public static Result Repair(string query)
    {
        if (query.Length > MaxLength)
        {
            return new(query, false, string.Create(CultureInfo.InvariantCulture, $"This search is too long ({query.Length:N0} characters): the limit is {MaxLength:N0}."));
        }

        var text = CloseQuotation(query);
        var output = new StringBuilder(text.Length + 8);
        var open = new Stack<int>();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '(')
            {
                if (open.Count == MaxDepth)
                {
                    return new(query, false, $"This search nests parentheses too deeply: the limit is {MaxDepth} levels.");
                }

                open.Push(output.Length);
            }
            else if (!quoted && c == ')')
            {
                if (open.Count == 0) continue;
                open.Pop();
            }

            output.Append(c);
        }

        while (open.TryPop(out var at))
        {
            if (IsBlankFrom(output, at + 1)) output.Remove(at, 1);
            else output.Append(')');
        }

        var repaired = output.ToString();
        return new(repaired, repaired != query, null);
    }

    /// <summary>An odd quotation mark runs to the end; one with nothing after it is dropped.</summary>
    private static string CloseQuotation(string query)
    {
        var last = -1;
        var count = 0;
        for (var i = 0; i < query.Length; i++)
        {
            if (query[i] != '"') continue;
            count++;
            last = i;
        }

        if (count % 2 == 0) return query;
        return IsBlank(query.AsSpan(last + 1)) ? query.Remove(last, 1) : query.TrimEnd(Whitespace) + "\"";
    }

    /// <summary>The query lexer's whitespace (query-parser.js's WHITESPACE), not .NET's wider set.</summary>
    private static readonly char[] Whitespace = [' ', '\t', '\n', '\r', '\u3000'];

    private static bool IsBlank(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(Whitespace) < 0;

    private static bool IsBlankFrom(StringBuilder text, int start) => IsBlank(text.ToString(start, text.Length - start));
}
