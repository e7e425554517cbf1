using IprArchive.Cli.Console;

namespace IprArchive.Cli.Scaffolding;

/// <summary>Writes a scaffold, or refuses with the list of files that are in the way.</summary>
internal static class ScaffoldWriter
{
    /// <summary>Writes <paramref name="files"/> and prints each path and then <paramref name="done"/>; exit code 1 and nothing written when any exists.</summary>
    public static int Write(CliContext context, NewFiles files, Verbosity verbosity, string done)
    {
        if (files.Existing() is { Count: > 0 } existing)
        {
            context.Error.WriteLine($"error: {existing.Count} file(s) already exist; nothing was written (existing files are never overwritten):\n  " + string.Join("\n  ", existing));
            return ExitCodes.Failure;
        }

        try
        {
            files.WriteAll();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.Failure;
        }

        if (verbosity >= Verbosity.Normal)
        {
            foreach (var path in files.Paths)
            {
                context.Output.WriteLine("  created " + files.Display(path));
            }
        }

        if (verbosity >= Verbosity.Minimal)
        {
            context.Output.WriteLine(done);
        }

        return ExitCodes.Success;
    }
}
