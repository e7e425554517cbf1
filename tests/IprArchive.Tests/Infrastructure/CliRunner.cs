using IprArchive.Cli;

namespace IprArchive.Tests.Infrastructure;

/// <summary>The outcome of one in-process run of the iprarchive command line.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the command line in process, capturing its output.</summary>
public static class CliRunner
{
    /// <summary>Runs <c>iprarchive</c> with <paramref name="args"/>.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
