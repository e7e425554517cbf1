using System.Buffers;
using System.Text;

namespace IprArchive.Search.Export;

/// <summary>Appends unsigned LEB128 varints, raw bytes and length-prefixed UTF-8 strings to a growable buffer.</summary>
internal sealed class ByteWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>Bytes written so far.</summary>
    public int Length => _buffer.WrittenCount;

    /// <summary>7 bits per byte, low bits first, high bit set on every byte but the last.</summary>
    public void Varint(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        while (value >= 0x80)
        {
            Byte((byte)(value | 0x80));
            value >>= 7;
        }
        Byte((byte)value);
    }

    /// <summary>One raw byte.</summary>
    public void Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    /// <summary>Raw bytes.</summary>
    public void Bytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    /// <summary>Varint byte length, then the UTF-8 bytes.</summary>
    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Varint(bytes.Length);
        _buffer.Write(bytes);
    }

    /// <summary>The bytes written.</summary>
    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();
}
