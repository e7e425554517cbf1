namespace IprArchive.Diagnostics;

/// <summary>A place in an input file: path relative to the input folder, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Line 1, column 1 of <paramref name="file"/>.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);
}
