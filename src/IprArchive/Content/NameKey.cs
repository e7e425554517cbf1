using System.Globalization;
using System.Text;

namespace IprArchive.Content;

/// <summary>
/// The form under which names are compared: diacritics folded, lowercase, punctuation as spaces,
/// single spaces. "Michelle K. Lee" and "michelle k lee" have the same key; so do "António" and "Antonio".
/// </summary>
public static class NameKey
{
    /// <summary>The comparison key of <paramref name="name"/>.</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append((LatinFolding.Fold(c) ?? c.ToString()).ToLowerInvariant());
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of a key.</summary>
    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
