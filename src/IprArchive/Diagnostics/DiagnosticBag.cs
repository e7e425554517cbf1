using System.Collections.Concurrent;

namespace IprArchive.Diagnostics;

/// <summary>
/// Collects diagnostics from any thread. Problems are gathered, never thrown, so that one run
/// reports every problem in every file.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Number of diagnostics reported so far.</summary>
    public int Count => _items.Count;

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    /// <summary>Adds a diagnostic described by its catalogue entry.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(descriptor.Code, descriptor.Severity, at.File, at.Line, at.Column, message, hint ?? descriptor.Hint));

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>All diagnostics in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
