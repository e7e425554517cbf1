using System.Text.Encodings.Web;
using System.Text.Json;
using IprArchive.Diagnostics;

namespace IprArchive.Cli.Console;

/// <summary>How diagnostics are printed: compiler-style text, JSON, or GitHub Actions annotations.</summary>
public enum DiagnosticFormat
{
    Text,
    Json,
    Github,
}

/// <summary>
/// Prints diagnostics with paths as the user typed them (the input folder joined with the
/// record's path), so that editors and CI can jump to the line.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter output, string inputPrefix, DiagnosticFormat format)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Whether text output adds each diagnostic's <see cref="Diagnostic.Detail"/> (a stack trace), as <c>-v diag</c> asks.</summary>
    public bool WithDetails { get; init; }

    /// <summary>Prints every diagnostic, then (for text) a summary line.</summary>
    public void Print(IReadOnlyList<Diagnostic> diagnostics, string summary)
    {
        switch (format)
        {
            case DiagnosticFormat.Json:
                PrintJson(diagnostics);
                break;
            case DiagnosticFormat.Github:
                foreach (var d in diagnostics)
                {
                    output.WriteLine(GithubAnnotation(d));
                }

                output.WriteLine(summary);
                break;
            default:
                foreach (var d in diagnostics)
                {
                    output.WriteLine($"{LocationOf(d)}: {SeverityWord(d)} {d.Code}: {SafeText.Escape(d.Message)}");
                    if (d.Hint is not null)
                    {
                        output.WriteLine("    hint: " + SafeText.Escape(d.Hint).Replace("\n", "\n    ", StringComparison.Ordinal));
                    }

                    if (WithDetails && d.Detail is not null)
                    {
                        output.WriteLine("    " + SafeText.Escape(d.Detail).ReplaceLineEndings("\n    "));
                    }
                }

                output.WriteLine(summary);
                break;
        }
    }

    private void PrintJson(IReadOnlyList<Diagnostic> diagnostics)
    {
        var items = diagnostics.Select(d => new
        {
            file = PathOf(d),
            line = d.Line,
            column = d.Column,
            severity = SeverityWord(d),
            code = d.Code,
            message = SafeText.Escape(d.Message),
            hint = d.Hint is null ? null : SafeText.Escape(d.Hint),
        });
        output.WriteLine(JsonSerializer.Serialize(new
        {
            errors = diagnostics.Count(d => d.Severity == Severity.Error),
            warnings = diagnostics.Count(d => d.Severity == Severity.Warning),
            diagnostics = items,
        }, JsonOptions));
    }

    private string GithubAnnotation(Diagnostic d)
    {
        // Workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','.
        static string Data(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
        var message = SafeText.Escape(d.Hint is null ? d.Message : $"{d.Message}\n{d.Hint}");
        return $"::{SeverityWord(d)} file={Property(PathOf(d))},line={d.Line},col={d.Column},title={Property(d.Code)}::{Data(message)}";
    }

    // Build diagnostics about the output folder carry a full path and no line: print them as they are.
    private string PathOf(Diagnostic d) => SafeText.Escape(inputPrefix.Length == 0 || Path.IsPathRooted(d.File) ? d.File : $"{inputPrefix}/{d.File}");

    private string LocationOf(Diagnostic d) => d.Line > 0 ? $"{PathOf(d)}:{d.Line}:{d.Column}" : PathOf(d);

    private static string SeverityWord(Diagnostic d) => d.Severity == Severity.Error ? "error" : "warning";
}
