namespace IprArchive.Content;

/// <summary>The keys editors may write, where they may write them.</summary>
public static class RecordKeys
{
    /// <summary>Front-matter keys of an announcement.</summary>
    public static readonly IReadOnlyList<string> FrontMatter =
    [
        "title", "date", "speakers", "event", "plan_period", "topics", "language", "source", "summary",
        "slug", "excluded", "redirect_from", "layout",
    ];

    /// <summary>Keys a <c>_directory.yml</c> may set for every record below it.</summary>
    public static readonly IReadOnlyList<string> DirectoryDefaults =
        ["speakers", "event", "plan_period", "topics", "language", "source", "excluded", "layout"];

    /// <summary>Keys of one speaker written as a mapping.</summary>
    public static readonly IReadOnlyList<string> Speaker = ["name", "role", "organization"];

    /// <summary>Keys of 'source'.</summary>
    public static readonly IReadOnlyList<string> Source = ["publisher", "url"];
}
