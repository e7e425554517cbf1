using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>The two parts of a record: YAML front matter and the Markdown body, with their first lines.</summary>
public sealed record FrontMatterParts(string Yaml, int YamlLine, string Body, int BodyLine);

/// <summary>
/// Splits a record at its <c>---</c> delimiters (Jekyll/Hugo/Statiq convention). Text is
/// already LF-normalised by <see cref="SourceText"/>.
/// </summary>
public static class FrontMatterSplitter
{
    /// <summary>Splits <paramref name="text"/>; null (with a diagnostic) when the delimiters are missing.</summary>
    public static FrontMatterParts? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (!IsDelimiter(text, 0, out var yamlStart))
        {
            diagnostics.Report(Codes.MissingFrontMatter, SourceLocation.StartOf(file),
                "the file does not start with a '---' front-matter line");
            return null;
        }

        var lineNumber = 2;
        for (var pos = yamlStart; pos < text.Length; lineNumber++)
        {
            if (IsDelimiter(text, pos, out var bodyStart))
            {
                return new FrontMatterParts(text[yamlStart..pos], 2, text[bodyStart..], lineNumber + 1);
            }

            var next = text.IndexOf('\n', pos);
            if (next < 0)
            {
                break;
            }

            pos = next + 1;
        }

        diagnostics.Report(Codes.UnterminatedFrontMatter, SourceLocation.StartOf(file),
            "the front matter opened on line 1 is never closed with a '---' line");
        return null;
    }

    // A delimiter line is exactly "---" with optional trailing spaces.
    private static bool IsDelimiter(string text, int pos, out int nextLine)
    {
        nextLine = pos;
        if (string.CompareOrdinal(text, pos, "---", 0, 3) != 0)
        {
            return false;
        }

        var end = text.IndexOf('\n', pos);
        var line = end < 0 ? text.AsSpan(pos) : text.AsSpan(pos, end - pos);
        if (!line.TrimEnd(' ').SequenceEqual("---"))
        {
            return false;
        }

        nextLine = end < 0 ? text.Length : end + 1;
        return true;
    }
}
