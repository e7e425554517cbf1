namespace IprArchive.Pipelines.Site;

/// <summary>
/// The language of a name written in a script other than Latin, for its <c>lang</c> attribute
/// (screen readers and fonts need it: 申长雨 read as English is noise). The registries do not
/// record languages, so the script decides: Hangul is Korean, kana Japanese, other Han Chinese.
/// </summary>
public static class NameScript
{
    /// <summary>"zh", "ja", "ko", or null for a name in Latin letters.</summary>
    public static string? LanguageOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var han = false;
        foreach (var c in name)
        {
            if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF')
            {
                return "ko";
            }

            if (c is >= '\u3040' and <= '\u30FF')
            {
                return "ja";
            }

            han |= c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
        }

        return han ? "zh" : null;
    }
}
