using System.CommandLine;
using IprArchive.Cli.Console;
using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Pipelines.Records;
using IprArchive.Rendering;
using IprArchive.Statements;

namespace IprArchive.Cli.Commands;

/// <summary><c>iprarchive check</c>: validates every record, registry and setting and reports every problem in one run.</summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = CliContext.InputOption();
        var format = new Option<string>("--format") { Description = "Output format: text, json or github (Actions annotations).", DefaultValueFactory = _ => "text", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (unregistered speakers, organisations, plans, theme changes) as errors." };
        var theme = CliContext.ThemeOption();
        var command = new Command("check", "Validate the input and report every problem as path:line:col: error IPRnnn: message.") { input, format, strict, theme };
        command.SetAction(parse => Run(context, parse.GetValue(input)!, parse.GetValue(theme), Enum.Parse<DiagnosticFormat>(parse.GetValue(format)!, ignoreCase: true), parse.GetValue(strict), CliContext.VerbosityOf(parse)));
        return command;
    }

    private static int Run(CliContext context, string input, string? givenTheme, DiagnosticFormat format, bool strict, Verbosity verbosity)
    {
        if (!Directory.Exists(input))
        {
            context.Error.WriteLine($"error: input folder '{input}' does not exist.");
            return ExitCodes.Usage;
        }

        var (theme, themeError) = CliContext.ResolveTheme(givenTheme);
        if (themeError is not null)
        {
            context.Error.WriteLine(themeError);
            return ExitCodes.Usage;
        }

        var content = ContentLoader.Load(input);
        IReadOnlyList<Diagnostic> found = [.. content.Diagnostics, .. RecordCompiler.ForCheck(content.Settings).Check(content.Announcements), .. LayoutsOf(content, theme)];
        var diagnostics = strict ? [.. found.Select(d => d.AsError())] : found;
        if (verbosity == Verbosity.Quiet)
        {
            diagnostics = [.. diagnostics.Where(d => d.Severity == Severity.Error)];
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var summary = $"{content.Input.Records.Count} records checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}.";
        new DiagnosticPrinter(context.Output, CliContext.PrefixOf(input), format).Print(diagnostics, summary);
        return errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    // The build fails on a layout the theme does not have (IPR204); check says so first, against
    // the same layers a build uses: input/theme/, the site's theme folder, the built-in theme.
    private static IEnumerable<Diagnostic> LayoutsOf(ContentSet content, string? theme)
    {
        var files = new ThemeFiles(theme, content.Input.Root);
        var declared = files.RecordLayouts();
        var descriptor = Codes.UnknownLayout;
        var unknown = content.Announcements
            .Where(a => a.Layout is { } layout && !declared.Contains(layout))
            .Select(a => new Diagnostic(descriptor.Code, descriptor.Severity, a.SourcePath, 1, 1,
                $"layout '{a.Layout}' is not a record layout of the theme (it has: {string.Join(", ", declared.Order(StringComparer.Ordinal))})", descriptor.Hint));

        // The layouts a build renders: the site's own, the default record layout, and those records name.
        var used = ThemeBoundary.ReservedLayouts.Append(Pipelines.Modules.PrepareAnnouncementPage.DefaultLayout).Concat(content.Announcements.Select(a => a.Layout).OfType<string>()).Distinct();
        var broken = new TemplateRenderer(files, new Output.SiteUrls(content.Settings.BaseUrl)).ParseErrors(used)
            .Select(ex => new Diagnostic(Codes.TemplateError.Code, Severity.Error, ex.TemplatePath, 1, 1, ex.Message, Codes.TemplateError.Hint));
        return [.. unknown, .. broken];
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
