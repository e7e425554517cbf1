using System.Diagnostics;
using System.Text;

namespace IprArchive.Bench;

/// <summary>The outcome of a child process: exit code and what it printed.</summary>
public sealed record ChildResult(int ExitCode, string Output, string Error)
{
    /// <summary>The last lines of stderr (or stdout when stderr is empty), for error messages.</summary>
    public string Tail(int lines = 15)
    {
        var text = Error.Trim().Length > 0 ? Error : Output;
        return string.Join('\n', text.TrimEnd().Split('\n').TakeLast(lines));
    }
}

/// <summary>Runs the tools a benchmark needs (node, npm, git, apt-get, Hugo, Pagefind, the build itself) and collects their output.</summary>
public static class ChildProcess
{
    /// <summary>A start description: no shell, output captured, working folder and environment set.</summary>
    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return info;
    }

    /// <summary>
    /// Runs <paramref name="info"/> to completion; <paramref name="whileRunning"/> sees the live
    /// process, and <paramref name="echoErrors"/> (if any) gets stderr line by line as it comes, for long steps.
    /// </summary>
    public static async Task<ChildResult> RunAsync(ProcessStartInfo info, Action<Process>? whileRunning = null, TextWriter? echoErrors = null, CancellationToken cancel = default)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            Append(error, e.Data);
            if (e.Data is not null)
            {
                echoErrors?.WriteLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        whileRunning?.Invoke(process);
        try
        {
            await process.WaitForExitAsync(cancel);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ChildResult(process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>The first line a command prints, or null when it cannot run (for version strings).</summary>
    public static async Task<string?> FirstLineAsync(string fileName, params string[] arguments)
    {
        try
        {
            var result = await RunAsync(StartInfo(fileName, arguments));
            return result.ExitCode == 0 ? result.Output.Split('\n')[0].Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }
}
