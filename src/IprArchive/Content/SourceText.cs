using System.Buffers;
using System.Text;
using System.Text.Unicode;
using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>
/// The decoded text of one input file: UTF-8 checked byte by byte (an invalid byte is reported
/// with its line and column), the BOM dropped and CRLF/CR turned into LF so that positions and
/// delimiters behave the same whatever editor saved the file.
/// </summary>
public static class SourceText
{
    /// <summary>Records larger than this are refused before parsing (bounded time and memory).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>Reads and decodes <paramref name="fullPath"/>; null when it cannot be used.</summary>
    public static string? Read(string fullPath, string file, DiagnosticBag diagnostics)
    {
        var length = new FileInfo(fullPath).Length;
        if (length > MaxBytes)
        {
            diagnostics.Report(Codes.FileTooLarge, SourceLocation.StartOf(file),
                $"file is {length / (1024 * 1024)} MiB; the limit is {MaxBytes / (1024 * 1024)} MiB");
            return null;
        }

        // Read with a bound, not by the reported length: a symbolic link to /dev/zero reports 0
        // bytes and never ends, and File.ReadAllBytes would run out of memory.
        var bytes = ReadAtMost(fullPath, MaxBytes + 1);
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Report(Codes.FileTooLarge, SourceLocation.StartOf(file),
                $"file is more than {MaxBytes / (1024 * 1024)} MiB (or never ends, like a link to a device); the limit is {MaxBytes / (1024 * 1024)} MiB");
            return null;
        }

        return Decode(bytes, file, diagnostics);
    }

    private static byte[] ReadAtMost(string fullPath, long limit)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes UTF-8 <paramref name="bytes"/>; null (with a diagnostic) when they are not valid UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, column) = Position(chars.AsSpan(0, written));
                diagnostics.Report(Codes.InvalidUtf8, new SourceLocation(file, line, column),
                    $"invalid UTF-8 byte 0x{bytes[read]:X2} at line {line}");
                return null;
            }

            return NormalizeNewlines(new string(chars, 0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static (int Line, int Column) Position(ReadOnlySpan<char> before)
    {
        var line = before.Count('\n') + 1;
        var lastBreak = before.LastIndexOf('\n');
        return (line, before.Length - lastBreak);
    }

    private static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
