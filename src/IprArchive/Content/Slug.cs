using System.Globalization;
using System.Text;

namespace IprArchive.Content;

/// <summary>
/// URL slugs: lowercase letters and digits joined by single hyphens. Latin diacritics are
/// folded ("António" → "antonio"); other scripts' letters are kept, so a Chinese topic keeps a
/// readable slug. Nothing that could form a path ("..", "/", "\\") survives.
/// </summary>
public static class Slug
{
    /// <summary>Makes a slug from any text; returns "untitled" when nothing usable is left.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append((LatinFolding.Fold(c) ?? c.ToString()).ToLowerInvariant());
                pendingHyphen = false;
            }
            else if (c != '\'' && c != '’')
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "untitled" : builder.ToString();
    }

    /// <summary>True when <paramref name="slug"/> is already in slug form (what editors may write in 'slug:').</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 200
        && slug[0] != '-' && slug[^1] != '-'
        && !slug.Contains("--", StringComparison.Ordinal)
        && slug.All(c => c == '-' || (char.IsLetterOrDigit(c) && !char.IsUpper(c)));
}
