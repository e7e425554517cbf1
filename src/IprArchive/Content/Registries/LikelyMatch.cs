namespace IprArchive.Content.Registries;

/// <summary>A registered name that an unknown value probably meant, and why we think so.</summary>
public sealed record LikelyMatch(string Name, string Reason)
{
    /// <summary>
    /// The registered name closest to <paramref name="unknown"/> among <paramref name="known"/>
    /// (name keys → display names), or null when none is convincingly close. Precision over
    /// recall: a wrong suggestion costs editors more than none.
    /// </summary>
    public static LikelyMatch? Find(string unknown, IReadOnlyDictionary<string, string> known)
    {
        var key = NameKey.Of(unknown);
        if (key.Length == 0)
        {
            return null;
        }

        return FindBy(known, k => SameLettersRegrouped(key, k), "the same name with a hyphen or space dropped or the family name moved")
            ?? FindBy(known, k => SameWordsReordered(key, k), "the same name in another order")
            ?? FindBy(known, k => InitialsMatch(key, k), "the same name with initials")
            ?? FindTypo(key, known)
            ?? FindBy(known, k => Contains(key, k) || Contains(k, key), "a shorter or longer form of the name");
    }

    private static LikelyMatch? FindBy(IReadOnlyDictionary<string, string> known, Func<string, bool> test, string reason)
    {
        foreach (var (candidateKey, display) in known)
        {
            if (test(candidateKey))
            {
                return new LikelyMatch(display, reason);
            }
        }

        return null;
    }

    private static LikelyMatch? FindTypo(string key, IReadOnlyDictionary<string, string> known)
    {
        var best = known
            .Select(k => (k.Value, Distance: Spelling.Distance(key, k.Key), k.Key))
            .Where(c => c.Distance <= Spelling.Tolerance(Math.Max(key.Length, c.Key.Length)) && c.Distance < Math.Min(key.Length, c.Key.Length) / 2 + 1)
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Value is null ? null : new LikelyMatch(best.Value, "a likely misspelling");
    }

    // "Lee Insil", "Insil Lee" ~ "Lee In-sil": the same letters, the words joined differently
    // (romanised given names lose their hyphen) or rotated (family name first or last).
    private static bool SameLettersRegrouped(string a, string b)
    {
        var wa = NameKey.Words(a);
        var wb = NameKey.Words(b);
        if (a == b || wa.Length == wb.Length || Math.Min(wa.Length, wb.Length) < 2)
        {
            return false;
        }

        var joined = string.Concat(wa);
        return Enumerable.Range(0, wb.Length).Any(r => string.Concat(wb.Skip(r).Concat(wb.Take(r))) == joined);
    }

    private static bool SameWordsReordered(string a, string b)
    {
        var wa = NameKey.Words(a);
        var wb = NameKey.Words(b);
        return wa.Length > 1 && wa.Length == wb.Length && a != b && wa.Order(StringComparer.Ordinal).SequenceEqual(wb.Order(StringComparer.Ordinal));
    }

    // "M. Lee" ~ "Michelle K. Lee", "Michelle Lee" ~ "Michelle K. Lee": every word of the shorter
    // name matches a word of the longer one, in full or as its initial, with at least one full
    // match; words of the longer name left over must be initials themselves.
    private static bool InitialsMatch(string a, string b)
    {
        var wa = NameKey.Words(a);
        var wb = NameKey.Words(b);
        if (a == b || wa.Length < 2 || wb.Length < 2)
        {
            return false;
        }

        var (shorter, longer) = wa.Length <= wb.Length ? (wa, wb) : (wb, wa);
        var unused = longer.ToList();
        var fullMatches = 0;
        foreach (var word in shorter)
        {
            var full = unused.FindIndex(w => w == word);
            var index = full >= 0 ? full : unused.FindIndex(w => IsInitialOf(word, w) || IsInitialOf(w, word));
            if (index < 0)
            {
                return false;
            }

            fullMatches += full >= 0 ? 1 : 0;
            unused.RemoveAt(index);
        }

        return fullMatches > 0 && unused.All(w => w.Length == 1) && (fullMatches < shorter.Length || unused.Count > 0);
    }

    private static bool IsInitialOf(string initial, string word) => initial.Length == 1 && word.Length > 1 && word[0] == initial[0];

    // Whole-word containment of a name of at least two words ("State Intellectual Property Office"
    // inside "State Intellectual Property Office of the PRC").
    private static bool Contains(string outer, string inner) =>
        NameKey.Words(inner).Length >= 2 && outer != inner && $" {outer} ".Contains($" {inner} ", StringComparison.Ordinal);
}
