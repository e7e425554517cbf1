using System.CommandLine;
using IprArchive.Cli.Console;

namespace IprArchive.Cli;

/// <summary>What every command shares: the output streams and the global <c>--verbosity</c> option.</summary>
/// <param name="output">Standard output.</param>
/// <param name="error">Standard error.</param>
/// <param name="isInteractive">True on a terminal outside CI.</param>
/// <param name="answers">Where answers to questions come from: standard input when it is a terminal, else null (never ask).</param>
public sealed class CliContext(TextWriter output, TextWriter error, bool isInteractive = false, TextReader? answers = null)
{
    /// <summary><c>-v|--verbosity</c>, as in the .NET CLI.</summary>
    public static readonly Option<string> VerbosityOption = CreateVerbosity();

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True on a terminal outside CI: progress may be drawn.</summary>
    public bool IsInteractive { get; } = isInteractive;

    /// <summary>Where a command may read answers to its questions; null when nobody can answer.</summary>
    public TextReader? Answers { get; } = answers;

    /// <summary>The prefix that turns input-relative paths into paths as the user typed them.</summary>
    public static string PrefixOf(string input) => input.Replace('\\', '/').TrimEnd('/') is var p && p is "." or "" ? "" : p;

    /// <summary>The verbosity asked for on the command line (normal by default).</summary>
    public static Verbosity VerbosityOf(ParseResult parse) =>
        VerbosityParser.Parse(parse.GetValue(VerbosityOption) ?? "normal") ?? Verbosity.Normal;

    /// <summary>A <c>--input</c> option defaulting to <c>input</c>.</summary>
    public static Option<string> InputOption(string description = "The input folder (records, data, settings).") =>
        new("--input", "-i") { Description = description, DefaultValueFactory = _ => "input", HelpName = "DIR" };

    /// <summary>An <c>--output</c> option defaulting to <c>output</c>.</summary>
    public static Option<string> OutputOption(string description)
    {
        var option = new Option<string>("--output", "-o") { Description = description, DefaultValueFactory = _ => "output", HelpName = "DIR" };

        // An empty name would resolve to the current folder, which a build would then replace.
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("--output needs a folder name, for example --output output.");
            }
        });
        return option;
    }

    /// <summary>The site's theme folder when <c>--theme</c> is not given and the folder exists.</summary>
    public const string DefaultThemeFolder = "theme";

    /// <summary>A <c>--theme</c> option; without it, <c>theme</c> when that folder exists.</summary>
    public static Option<string?> ThemeOption() =>
        new("--theme")
        {
            Description = "The site's theme folder, whose files replace the built-in theme's; files under the input folder override both. Default: theme, when it exists.",
            HelpName = "DIR",
        };

    /// <summary>
    /// The theme folder to layer over the built-in theme: the one given (which must exist), else
    /// <c>theme</c> when it exists, else none. Null with an error message when the given one is missing.
    /// </summary>
    public static (string? Theme, string? Error) ResolveTheme(string? given) => given switch
    {
        null => (Directory.Exists(DefaultThemeFolder) ? DefaultThemeFolder : null, null),
        _ when Directory.Exists(given) => (given, null),
        _ => (null, $"error: theme folder '{given}' does not exist. Leave out --theme to use the built-in theme, or run 'iprarchive theme eject' to start one."),
    };

    private static Option<string> CreateVerbosity()
    {
        var option = new Option<string>("--verbosity", "-v")
        {
            Description = "How much to print: q[uiet], m[inimal], n[ormal], d[etailed] or diag[nostic].",
            Recursive = true,
            HelpName = "LEVEL",
        };
        option.AcceptOnlyFromAmong(VerbosityParser.Accepted);
        return option;
    }
}
