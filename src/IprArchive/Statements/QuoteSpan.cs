namespace IprArchive.Statements;

/// <summary>A quoted passage inside a paragraph's text: the offsets include the quotation marks.</summary>
public readonly record struct QuoteSpan(int Start, int End, string Text)
{
    /// <summary>Offset just after the opening mark.</summary>
    public int InnerStart => Start + 1;

    /// <summary>Offset of the closing mark.</summary>
    public int InnerEnd => End - 1;
}

/// <summary>
/// Finds direct speech in a paragraph: “typographic”, "straight", 「corner」 and 『white corner』
/// quotation marks. Nested or unbalanced marks are left alone rather than guessed at.
/// </summary>
public static class QuoteSpans
{
    private static readonly (char Open, char Close)[] Pairs = [('“', '”'), ('"', '"'), ('「', '」'), ('『', '』'), ('„', '“')];

    /// <summary>Quoted passages of <paramref name="text"/> in order, without overlaps.</summary>
    public static IReadOnlyList<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var pair = Array.FindIndex(Pairs, p => p.Open == text[i]);
            var close = pair < 0 ? -1 : text.IndexOf(Pairs[pair].Close, i + 1);
            if (close > i + 1)
            {
                spans.Add(new QuoteSpan(i, close + 1, text[(i + 1)..close].Trim()));
                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return spans;
    }
}
