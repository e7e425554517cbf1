namespace IprArchive.Diagnostics;

/// <summary>A kind of problem: its stable code, default severity, title and the usual fix.</summary>
public sealed record DiagnosticDescriptor(string Code, Severity Severity, string Title, string? Hint = null);
