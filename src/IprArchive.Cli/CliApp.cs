using System.CommandLine;
using IprArchive.Cli.Commands;
using IprArchive.Cli.Console;

namespace IprArchive.Cli;

/// <summary>
/// The <c>iprarchive</c> command line: one <see cref="Command"/> per verb, shared options, and
/// the .NET exit-code convention (0 success, 1 failure, 2 usage error).
/// </summary>
public static class CliApp
{
    /// <summary>
    /// Runs the command line <paramref name="args"/>, writing to the given streams; questions are
    /// asked only when <paramref name="answers"/> is given (standard input on a terminal).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive = false, TextReader? answers = null, CancellationToken cancellation = default)
    {
        var context = new CliContext(output, error, interactive, answers);
        var root = new RootCommand("IprArchive: a static-site generator and searchable archive of intellectual-property announcements.")
        {
            CliContext.VerbosityOption,
        };
        foreach (var command in Commands(context))
        {
            root.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync(e.Message);
            }

            await error.WriteLineAsync("Run 'iprarchive --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellation);
    }

    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        CheckCommand.Create(context),
        BuildCommand.Create(context),
        NewCommand.Create(context),
        PreviewCommand.Create(context),
        SearchCommand.Create(context),
        InitCommand.Create(context),
        ThemeCommand.Create(context),
    ];
}
