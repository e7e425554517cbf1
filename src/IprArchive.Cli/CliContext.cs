using System.CommandLine;
using IprArchive.Cli.Console;

namespace IprArchive.Cli;

/// <summary>What every command shares: the output streams and the global <c>--verbosity</c> option.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, bool isInteractive = false)
{
    /// <summary><c>-v|--verbosity</c>, as in the .NET CLI.</summary>
    public static readonly Option<string> VerbosityOption = CreateVerbosity();

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True on a terminal outside CI: progress may be drawn.</summary>
    public bool IsInteractive { get; } = isInteractive;

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

    /// <summary>A <c>--theme</c> option defaulting to <c>theme</c>.</summary>
    public static Option<string> ThemeOption() =>
        new("--theme") { Description = "The theme folder (layouts, partials, assets); files under the input folder override it.", DefaultValueFactory = _ => "theme", HelpName = "DIR" };

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
