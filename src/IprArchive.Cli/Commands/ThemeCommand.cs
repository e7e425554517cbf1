using System.CommandLine;
using IprArchive.Cli.Console;
using IprArchive.Cli.Scaffolding;
using IprArchive.Rendering;

namespace IprArchive.Cli.Commands;

/// <summary>
/// <c>iprarchive theme eject [PATH...]</c>: copies files of the built-in theme into the site's
/// <c>theme/</c> folder to be edited there; a build then takes those files from the site and
/// every other file from the built-in theme.
/// </summary>
public static class ThemeCommand
{
    /// <summary>Creates the command and its <c>eject</c> and <c>list</c> subcommands.</summary>
    public static Command Create(CliContext context) =>
        new("theme", "Work with the built-in theme: list its files, or copy them into theme/ to change them.")
        {
            EjectCommand(context),
            ListCommand(context),
        };

    private static Command EjectCommand(CliContext context)
    {
        var paths = new Argument<string[]>("path") { Description = "Files of the built-in theme to copy, e.g. layouts/announcement.liquid (all of them when none is given).", Arity = ArgumentArity.ZeroOrMore };
        var to = new Option<string>("--theme") { Description = "The site's theme folder to copy into.", DefaultValueFactory = _ => CliContext.DefaultThemeFolder, HelpName = "DIR" };
        var command = new Command("eject", "Copy files of the built-in theme into the site's theme folder (never overwrites).") { paths, to };
        command.SetAction(parse => Eject(context, parse.GetValue(paths) ?? [], parse.GetValue(to)!, CliContext.VerbosityOf(parse)));
        return command;
    }

    private static Command ListCommand(CliContext context)
    {
        var command = new Command("list", "List the files of the built-in theme.");
        command.SetAction(_ =>
        {
            foreach (var file in BuiltInTheme.Files())
            {
                context.Output.WriteLine(file);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int Eject(CliContext context, string[] requested, string themeDirectory, Verbosity verbosity)
    {
        var available = BuiltInTheme.Files();
        var wanted = requested.Length == 0 ? available : [.. requested.Select(p => p.Replace('\\', '/').TrimStart('/'))];
        if (wanted.Except(available, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            context.Error.WriteLine($"error: the built-in theme has no {string.Join(", ", unknown.Select(u => $"'{u}'"))}. Its files ('iprarchive theme list'):\n  " + string.Join("\n  ", available));
            return ExitCodes.Usage;
        }

        var files = new NewFiles(themeDirectory);
        foreach (var file in wanted)
        {
            files.AddCopy(file, Path.Combine(BuiltInTheme.Directory, file));
        }

        return ScaffoldWriter.Write(context, files, verbosity, $"Copied {files.Paths.Count} file(s) of the built-in theme into {themeDirectory}/; edit them there: a build takes them over the built-in ones.");
    }
}
