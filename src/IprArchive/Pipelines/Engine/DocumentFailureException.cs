using IprArchive.Content;
using IprArchive.Diagnostics;

namespace IprArchive.Pipelines.Engine;

/// <summary>
/// An unexpected exception while a module processed one document: carries the document's input
/// path (or site path) so that the error names the record, at the line and column the cause
/// knows (a YAML or template position), else at the record's first line.
/// </summary>
public sealed class DocumentFailureException(string document, int line, int column, Exception inner)
    : Exception($"{document}:{line}:{column}: {inner.Message}", inner)
{
    /// <summary>Input-relative path of the record (or site path of the file) being processed.</summary>
    public string Document { get; } = document;

    /// <summary>1-based line of the problem in <see cref="Document"/>.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the problem in <see cref="Document"/>.</summary>
    public int Column { get; } = column;

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="document"/>; an unexpected exception comes
    /// out as a <see cref="DocumentFailureException"/> naming it. Located failures
    /// (<see cref="BuildFailureException"/>) and cancellation pass through as they are.
    /// </summary>
    public static T Guard<T>(Document document, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work();
        }
        catch (Exception ex) when (IsUnexpected(ex))
        {
            throw For(document, ex);
        }
    }

    /// <summary>False for the exceptions that already say where they are, and for cancellation.</summary>
    public static bool IsUnexpected(Exception ex) => ex is not (BuildFailureException or OperationCanceledException or DocumentFailureException);

    /// <summary>The failure of <paramref name="document"/>'s processing with <paramref name="cause"/>.</summary>
    public static DocumentFailureException For(Document document, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (line, column) = PositionOf(document);
        return new DocumentFailureException(document.Source ?? document.Destination ?? "(unnamed document)", line, column, cause);
    }

    /// <summary>The diagnostic for the build's output: the record, the pipeline and phase, the cause; its stack trace as detail.</summary>
    public Diagnostic ToDiagnostic(string pipeline, Phase phase) =>
        new(Codes.ModuleFailed.Code, Severity.Error, Document, Line, Column,
            $"the {pipeline} pipeline failed on this file in its {phase} phase: {InnerException!.GetType().Name}: {InnerException.Message}",
            Codes.ModuleFailed.Hint)
        { Detail = InnerException.ToString() };

    // A record's front matter was read before any module ran, so what fails later is about its
    // body: blame the body's first line. Any other file is blamed at its start.
    private static (int Line, int Column) PositionOf(Document document) =>
        document.Get(Site.MetadataKeys.Announcement) is Announcement a ? (a.BodyLine, 1) : (1, 1);
}
