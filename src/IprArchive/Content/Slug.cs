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
    /// <summary>
    /// Longest slug in UTF-8 bytes. File systems limit a name to 255 bytes, not characters: 150
    /// Chinese characters are 450 bytes. The margin leaves room for <c>.html</c> and suffixes.
    /// </summary>
    public const int MaxBytes = 200;

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

        return builder.Length == 0 ? "untitled" : Truncate(builder.ToString());
    }

    /// <summary>True when <paramref name="slug"/> is already in slug form (what editors may write in 'slug:').</summary>
    public static bool IsValid(string slug) =>
        slug.Length > 0 && Encoding.UTF8.GetByteCount(slug) <= MaxBytes
        && slug[0] != '-' && slug[^1] != '-'
        && !slug.Contains("--", StringComparison.Ordinal)
        && slug.All(c => c == '-' || (char.IsLetterOrDigit(c) && !char.IsUpper(c)));

    /// <summary>True when a path segment fits a file name on every file system the site is built on.</summary>
    public static bool FitsFileName(string segment) => Encoding.UTF8.GetByteCount(segment) <= MaxBytes;

    // A derived slug (a long topic name) is cut at a character boundary rather than fail the build.
    private static string Truncate(string slug)
    {
        if (FitsFileName(slug))
        {
            return slug;
        }

        var end = slug.Length;
        while (Encoding.UTF8.GetByteCount(slug.AsSpan(0, end)) > MaxBytes)
        {
            end--;
        }

        if (char.IsHighSurrogate(slug[end - 1]))
        {
            end--;
        }

        return slug[..end].TrimEnd('-');
    }
}
