using IprArchive.Cli;

namespace IprArchive.Tests.Infrastructure;

/// <summary>The outcome of one in-process run of the iprarchive command line.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the command line in process, capturing its output.</summary>
public static class CliRunner
{
    /// <summary>Runs <c>iprarchive</c> with <paramref name="args"/>.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, answers: null);

    /// <summary>Runs <c>iprarchive</c> with <paramref name="args"/> as on a terminal where someone types <paramref name="answers"/>.</summary>
    public static async Task<CliResult> RunAsync(string[] args, string? answers)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = answers is null ? null : new StringReader(answers);
        var code = await CliApp.RunAsync(args, output, error, answers: reader);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
