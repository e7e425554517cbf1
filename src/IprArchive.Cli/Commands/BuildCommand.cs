using System.CommandLine;
using IprArchive.Cli.Console;
using IprArchive.Diagnostics;
using IprArchive.Pipelines;
using IprArchive.Search.Pipelines;

namespace IprArchive.Cli.Commands;

/// <summary><c>iprarchive build</c>: generates the whole site (pages, feeds, sitemap, search index) into the output folder, atomically.</summary>
public static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = CliContext.InputOption();
        var output = CliContext.OutputOption("The folder the site is written to (replaced only when the build succeeds).");
        var theme = CliContext.ThemeOption();
        var basePath = new Option<string?>("--base-path") { Description = "Serve the site under this path (e.g. /repo/), overriding base_url in settings.yml.", HelpName = "PATH" };
        var command = new Command("build", "Build the static site from the input folder into the output folder.") { input, output, theme, basePath };
        command.SetAction(async (parse, cancel) =>
        {
            var (themeDirectory, themeError) = CliContext.ResolveTheme(parse.GetValue(theme));
            if (themeError is not null)
            {
                await context.Error.WriteLineAsync(themeError);
                return ExitCodes.Usage;
            }

            return await RunAsync(context, new BuildOptions
            {
                InputDirectory = parse.GetValue(input)!,
                OutputDirectory = parse.GetValue(output)!,
                ThemeDirectory = themeDirectory,
                BasePath = parse.GetValue(basePath),
                ExtraPipelines = [SearchIndexSitePipeline.Create()],
            }, CliContext.VerbosityOf(parse), cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, BuildOptions options, Verbosity verbosity, CancellationToken cancel)
    {
        if (!Directory.Exists(options.InputDirectory))
        {
            await context.Error.WriteLineAsync($"error: input folder '{options.InputDirectory}' does not exist. Run 'iprarchive init' to start an archive.");
            return ExitCodes.Usage;
        }

        var progress = new BuildProgress(context.Output, context.IsInteractive, verbosity);
        var result = await SiteBuilder.BuildAsync(options with { Progress = progress.Report }, cancel);
        progress.Finish();
        PrintDiagnostics(context, options.InputDirectory, result.Diagnostics, verbosity);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            await context.Error.WriteLineAsync($"Build failed with {errors} error(s); '{options.OutputDirectory}' was left unchanged.");
            return ExitCodes.Failure;
        }

        if (verbosity >= Verbosity.Minimal)
        {
            await context.Output.WriteLineAsync($"Built {result.Pages} pages ({result.Files} files) into {options.OutputDirectory} in {result.Elapsed.TotalSeconds:0.00} s.");
        }

        if (verbosity >= Verbosity.Normal)
        {
            foreach (var (pipeline, files) in result.FilesByPipeline.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                await context.Output.WriteLineAsync($"  {pipeline,-12} {files,7} files");
            }
        }

        return ExitCodes.Success;
    }

    private static void PrintDiagnostics(CliContext context, string input, IReadOnlyList<Diagnostic> diagnostics, Verbosity verbosity)
    {
        var shown = verbosity == Verbosity.Quiet ? [.. diagnostics.Where(d => d.Severity == Severity.Error)] : diagnostics;
        if (shown.Count > 0)
        {
            var errors = shown.Count(d => d.Severity == Severity.Error);
            new DiagnosticPrinter(context.Error, CliContext.PrefixOf(input), DiagnosticFormat.Text) { WithDetails = verbosity >= Verbosity.Diagnostic }
                .Print(shown, $"{errors} error(s), {shown.Count - errors} warning(s).");
        }
    }
}
