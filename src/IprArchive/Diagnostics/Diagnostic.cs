namespace IprArchive.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Something worth fixing that does not stop a build (an error under <c>--strict</c>).</summary>
    Warning,

    /// <summary>Something that stops the build.</summary>
    Error,
}

/// <summary>
/// One problem found in the input, located at a file, a 1-based line and a 1-based column
/// (columns count UTF-16 characters, as editors do). <see cref="File"/> is relative to the
/// input folder and uses forward slashes.
/// </summary>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    /// <summary>
    /// More for whoever debugs a failure (an exception's stack trace), printed only at
    /// <c>-v diag</c>; not part of the diagnostic's identity.
    /// </summary>
    public string? Detail { get; init; }

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other) =>
        other is not null && (Code, Severity, File, Line, Column, Message, Hint) == (other.Code, other.Severity, other.File, other.Line, other.Column, other.Message, other.Hint);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, File, Line, Column, Message, Hint);

    /// <summary>The compiler-style line: <c>path:line:col: error IPR012: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";

    /// <summary>The same diagnostic as an error (used by <c>check --strict</c>).</summary>
    public Diagnostic AsError() => this with { Severity = Severity.Error };
}
