using System.Text;
using System.Xml;

namespace IprArchive.Pipelines.Feeds;

/// <summary>Removes characters XML 1.0 cannot carry (control characters an editor pasted in).</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }

    public static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // Not indented: feed readers and crawlers do not need it, and at thousands of archive feeds the
        // indentation alone was about a tenth of their bytes.
        Indent = false,
        Async = false,
    };

    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
