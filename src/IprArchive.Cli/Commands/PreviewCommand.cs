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
        var host = new Option<string?>("--host") { Description = "The address to listen on (default 127.0.0.1, answering only to localhost). Any other makes the preview readable by the network." };
        var command = new Command("preview", "Serve the site on http://localhost:5080 and rebuild it as you edit.") { input, output, theme, port, host };
        command.SetAction((parse, cancel) =>
        {
            var chosen = parse.GetValue(host);
            if (!IPAddress.TryParse(chosen ?? "127.0.0.1", out var address))
            {
                context.Error.WriteLine($"error: --host '{chosen}' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).");
                return Task.FromResult(ExitCodes.Usage);
            }

            var (themeDirectory, themeError) = CliContext.ResolveTheme(parse.GetValue(theme));
            if (themeError is not null)
            {
                context.Error.WriteLine(themeError);
                return Task.FromResult(ExitCodes.Usage);
            }

            if (chosen is not null && !IPAddress.IsLoopback(address))
            {
                context.Error.WriteLine($"warning: --host {chosen} serves the preview, and the build errors it shows, to every machine that can reach this one.");
            }

            var options = new BuildOptions { InputDirectory = parse.GetValue(input)!, OutputDirectory = parse.GetValue(output)!, ThemeDirectory = themeDirectory, BasePath = "/", ExtraPipelines = [SearchIndexSitePipeline.Create()], ExtraServices = [new SearchExportUpdater()] };
            return RunAsync(context, options, new Listen(address, parse.GetValue(port), AnyHost: chosen is not null), CliContext.VerbosityOf(parse), cancel);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, BuildOptions options, Listen listen, Verbosity verbosity, CancellationToken cancel)
    {
        if (!Directory.Exists(options.InputDirectory))
        {
            await context.Error.WriteLineAsync($"error: input folder '{options.InputDirectory}' does not exist. Run 'iprarchive init' to start an archive.");
            return ExitCodes.Usage;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var signals = StopSignals.Register(stop);
        try
        {
            await using var session = new PreviewSession(context, options, verbosity);
            var first = await session.RebuildAsync(stop.Token);
            Directory.CreateDirectory(options.OutputDirectory);
            await using var server = await PreviewServer.StartAsync(options.OutputDirectory, listen.Address, listen.Port, "/", liveReload: true, listen.AnyHost, stop.Token);
            session.Attach(server.LiveReload!);
            await context.Output.WriteLineAsync($"Serving {options.OutputDirectory} at {server.Address} ({(first ? "built" : "build failed; fix the errors above")}). Watching {options.InputDirectory}{(options.ThemeDirectory is null ? "" : " and " + options.ThemeDirectory)}; Ctrl+C to stop.");
            await session.WatchAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped during the first build or while starting the server.
        }

        await context.Output.WriteLineAsync("Preview stopped.");
        return ExitCodes.Success;
    }

    private sealed record Listen(IPAddress Address, int Port, bool AnyHost);
}
