using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>
/// A record's Markdown body. Bodies of records read from disk are read again from their file each
/// time they are needed instead of being kept: 100,000 records carry half a gigabyte of Markdown,
/// which the build would otherwise hold from the first page to the last.
/// </summary>
public abstract class RecordBody
{
    /// <summary>The Markdown text after the front matter.</summary>
    public abstract string Read();

    /// <summary>A body held in memory (records parsed from text).</summary>
    public static RecordBody FromText(string markdown) => new TextBody(markdown);

    /// <summary>A body read from <paramref name="fullPath"/> when needed, decoded and split as the loader did.</summary>
    public static RecordBody FromFile(string fullPath, string file) => new FileBody(fullPath, file);

    private sealed class TextBody(string markdown) : RecordBody
    {
        public override string Read() => markdown;
    }

    private sealed class FileBody(string fullPath, string file) : RecordBody
    {
        public override string Read()
        {
            var diagnostics = new DiagnosticBag();
            var parts = SourceText.Read(fullPath, file, diagnostics) is { } text ? FrontMatterSplitter.Split(text, file, diagnostics) : null;
            return parts?.Body ?? throw new InvalidDataException(
                $"{file} changed while the site was being built and can no longer be read: {string.Join("; ", diagnostics.ToSortedList().Select(d => d.Message))}");
        }
    }
}
