using System.Diagnostics;

namespace IprArchive.InstallTests.Infrastructure;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Everything, for assertion messages.</summary>
    public override string ToString() => $"$ {Command}\nexit {ExitCode}\n{Output}\n{Error}";
}

/// <summary>Runs a program to its end with standard input closed (nobody at a terminal), capturing its output.</summary>
public static class ProcessRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/> with extra environment variables.</summary>
    public static async Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} ran for more than {Timeout.TotalMinutes} minutes.");
        }

        return new ProcessResult($"{Path.GetFileName(program)} {string.Join(' ', args)}", process.ExitCode, await output, await error);
    }
}
