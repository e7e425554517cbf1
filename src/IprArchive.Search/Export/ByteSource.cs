using System.Text;

namespace IprArchive.Search.Export;

/// <summary>Reads, front to back, what <see cref="ByteWriter"/> wrote.</summary>
internal sealed class ByteSource(byte[] bytes)
{
    private int _at;

    /// <summary>The next unsigned LEB128 varint.</summary>
    public int Varint()
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[_at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }

    /// <summary>The next raw byte.</summary>
    public byte Byte() => bytes[_at++];

    /// <summary>A copy of the next <paramref name="length"/> bytes.</summary>
    public byte[] Bytes(int length)
    {
        var slice = bytes.AsSpan(_at, length).ToArray();
        _at += length;
        return slice;
    }

    /// <summary>A varint byte length, then UTF-8.</summary>
    public string String() => Encoding.UTF8.GetString(Bytes(Varint()));
}
