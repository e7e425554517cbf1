namespace IprArchive.Cli.Console;

/// <summary>Process exit codes, as .NET tools use them.</summary>
public static class ExitCodes
{
    /// <summary>Success (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The input has errors, or the work failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
