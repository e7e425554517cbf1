using System.CommandLine;
using System.Net;
using IprArchive.Cli.Console;
using IprArchive.Cli.Preview;
using IprArchive.Pipelines;
using IprArchive.Search.Incremental;
using IprArchive.Search.Pipelines;

namespace IprArchive.Cli.Commands;

/// <summary>
/// <c>iprarchive preview</c>: builds, serves the site on loopback with Kestrel, and rebuilds when
/// input/ or theme/ change; open pages reload themselves, and a failed rebuild shows its errors
/// over the last good page.
/// </summary>
public static class PreviewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = CliContext.InputOption();
        var output = CliContext.OutputOption("The folder the preview site is written to.");
        var theme = CliContext.ThemeOption();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "The address to listen on; loopback unless you ask for another.", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("preview", "Serve the site on http://localhost:5080 and rebuild it as you edit.") { input, output, theme, port, host };
        command.SetAction((parse, cancel) =>
        {
            if (!IPAddress.TryParse(parse.GetValue(host), out var address))
            {
                context.Error.WriteLine($"error: --host '{parse.GetValue(host)}' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).");
                return Task.FromResult(ExitCodes.Usage);
            }

            var (themeDirectory, themeError) = CliContext.ResolveTheme(parse.GetValue(theme));
            if (themeError is not null)
            {
                context.Error.WriteLine(themeError);
                return Task.FromResult(ExitCodes.Usage);
            }

            var options = new BuildOptions { InputDirectory = parse.GetValue(input)!, OutputDirectory = parse.GetValue(output)!, ThemeDirectory = themeDirectory, BasePath = "/", ExtraPipelines = [SearchIndexSitePipeline.Create()], IncrementalOutputs = [new SearchExportUpdater()] };
            return RunAsync(context, options, address, parse.GetValue(port), CliContext.VerbosityOf(parse), cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, BuildOptions options, IPAddress address, int port, Verbosity verbosity, CancellationToken cancel)
    {
        if (!Directory.Exists(options.InputDirectory))
        {
            await context.Error.WriteLineAsync($"error: input folder '{options.InputDirectory}' does not exist. Run 'iprarchive init' to start an archive.");
            return ExitCodes.Usage;
        }

        await using var session = new PreviewSession(context, options, verbosity);
        var first = await session.RebuildAsync(cancel);
        Directory.CreateDirectory(options.OutputDirectory);
        await using var server = await PreviewServer.StartAsync(options.OutputDirectory, address, port, "/", liveReload: true, cancel);
        session.Attach(server.LiveReload!);
        await context.Output.WriteLineAsync($"Serving {options.OutputDirectory} at {server.Address} ({(first ? "built" : "build failed; fix the errors above")}). Watching {options.InputDirectory}{(options.ThemeDirectory is null ? "" : " and " + options.ThemeDirectory)}; Ctrl+C to stop.");
        await session.WatchAsync(cancel);
        return ExitCodes.Success;
    }
}
