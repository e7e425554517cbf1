namespace IprArchive.Cli.Console;

/// <summary>The .NET CLI's verbosity levels (<c>-v q|m|n|d|diag</c>).</summary>
public enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Detailed,
    Diagnostic,
}

/// <summary>Parses verbosity words the way <c>dotnet</c> does.</summary>
public static class VerbosityParser
{
    /// <summary>All accepted spellings.</summary>
    public static readonly string[] Accepted = ["q", "quiet", "m", "minimal", "n", "normal", "d", "detailed", "diag", "diagnostic"];

    /// <summary>The level for <paramref name="text"/>, or null when it is not a verbosity.</summary>
    public static Verbosity? Parse(string text) => text.ToLowerInvariant() switch
    {
        "q" or "quiet" => Verbosity.Quiet,
        "m" or "minimal" => Verbosity.Minimal,
        "n" or "normal" => Verbosity.Normal,
        "d" or "detailed" => Verbosity.Detailed,
        "diag" or "diagnostic" => Verbosity.Diagnostic,
        _ => null,
    };
}
