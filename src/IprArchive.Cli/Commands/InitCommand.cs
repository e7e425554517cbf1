using System.CommandLine;
using IprArchive.Cli.Console;
using IprArchive.Cli.Scaffolding;

namespace IprArchive.Cli.Commands;

/// <summary>
/// <c>iprarchive init [DIR]</c>: starts a new archive in DIR (settings, registries, an example
/// record, GitHub workflows and templates, a README for editors). Asks for the site's name,
/// address and base path on a terminal unless given as options; refuses, writing nothing, when
/// any of its files already exists.
/// </summary>
public static class InitCommand
{
    private const string DefaultName = "Announcements archive";
    private const string DefaultUrl = "https://example.org/";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to create the archive in (created when missing).", DefaultValueFactory = _ => "." };
        var name = new Option<string?>("--name") { Description = $"The site's name (default: \"{DefaultName}\").", HelpName = "NAME" };
        var url = new Option<string?>("--url") { Description = $"The address the site is published at (default: {DefaultUrl}).", HelpName = "URL" };
        var basePath = new Option<string?>("--base-path") { Description = "The path the site lives under on that address, e.g. /archive/ (default: the URL's path).", HelpName = "PATH" };
        var command = new Command("init", "Start a new archive: input/, GitHub workflows and templates, a README for editors.") { directory, name, url, basePath };
        command.SetAction(parse =>
        {
            var answers = new SiteAnswers(parse.GetValue(name), parse.GetValue(url), parse.GetValue(basePath));
            return Run(context, parse.GetValue(directory)!, answers, CliContext.VerbosityOf(parse));
        });
        return command;
    }

    private static int Run(CliContext context, string directory, SiteAnswers answers, Verbosity verbosity)
    {
        if (context.Answers is { } reader)
        {
            answers = Ask(context.Output, reader, answers);
        }

        if (answers.Identity(DefaultName, DefaultUrl) is not { } site)
        {
            context.Error.WriteLine(answers.Problem(DefaultUrl));
            return ExitCodes.Usage;
        }

        var files = new NewFiles(directory);
        foreach (var (path, text) in SiteTemplate.Files(site))
        {
            files.Add(path, text);
        }

        var cd = directory is "." or "" ? "" : $"  cd {directory}\n";
        return ScaffoldWriter.Write(context, files, verbosity,
            $"Created the archive \"{site.Title}\" ({site.BaseUrl}) in {(cd.Length == 0 ? "this folder" : directory)}: {files.Paths.Count} files. Next:\n"
            + cd
            + "  iprarchive new \"Title\" --speaker ada-example --date 2024-06-01   # a record\n"
            + "  iprarchive check --strict                                          # what pull requests run\n"
            + "  iprarchive preview                                                 # http://localhost:5080\n"
            + "README.md says how to publish on GitHub Pages and how to change the theme.");
    }

    private static SiteAnswers Ask(TextWriter output, TextReader reader, SiteAnswers given)
    {
        string? Prompt(string label, string fallback)
        {
            output.Write($"{label} [{fallback}]: ");
            output.Flush();
            var answer = reader.ReadLine()?.Trim();
            return string.IsNullOrEmpty(answer) ? null : answer;
        }

        var name = given.Name ?? Prompt("Site name", DefaultName);
        var url = given.Url ?? Prompt("Address it is published at", DefaultUrl);
        var basePath = given.BasePath ?? Prompt("Base path", SiteAnswers.PathOf(url ?? DefaultUrl) ?? "/");
        return new SiteAnswers(name, url, basePath);
    }
}
