using System.Globalization;
using System.Text;

namespace IprArchive.Cli.Console;

/// <summary>
/// Makes editors' text safe to print in a terminal or CI log: control characters (escape
/// sequences), bidirectional overrides (a file name that reads reversed) and zero-width
/// characters (two names that look alike) are shown as <c>\u{XXXX}</c>. Line breaks and tabs
/// stay, since messages and hints use them.
/// </summary>
internal static class SafeText
{
    /// <summary><paramref name="text"/> with every invisible or reordering character written out.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) => c switch
    {
        '\n' or '\t' => false,
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => char.IsControl(c),
    };
}
