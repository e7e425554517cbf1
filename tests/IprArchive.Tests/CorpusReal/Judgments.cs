using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace IprArchive.Tests.CorpusReal;

/// <summary>One record's hand judgments in tests/corpus-real/*/judgments.yml (CORPUS-FORMAT.md).</summary>
public sealed class JudgedRecord
{
    /// <summary>The record's path relative to the input folder.</summary>
    public string Record { get; set; } = "";

    /// <summary>transcript, news, speech, blog or statement.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Every quotation and turn of the record, judged.</summary>
    public List<JudgedItem> Items { get; set; } = [];
}

/// <summary>A judged quotation or turn: its first words and who said it.</summary>
public sealed class JudgedItem
{
    /// <summary><c>quote</c> or <c>turn</c>.</summary>
    public string Type { get; set; } = "";

    /// <summary>The first words of the quoted text or the turn, verbatim.</summary>
    public string Starts { get; set; } = "";

    /// <summary>A speaker's name, or not-speech, other, question, chair.</summary>
    public string Who { get; set; } = "";

    /// <summary>Who, when the text says and it is not a record speaker.</summary>
    public string? By { get; set; }
}

/// <summary>Reads a judgments file.</summary>
public static class Judgments
{
    /// <summary>Labels of <see cref="JudgedItem.Who"/> that are not a record speaker.</summary>
    public static readonly IReadOnlySet<string> NotASpeaker = new HashSet<string>(StringComparer.Ordinal) { "not-speech", "other", "question", "chair" };

    /// <summary>The records and items of the judgments file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<JudgedRecord> Read(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<List<JudgedRecord>>(File.ReadAllText(path)) ?? [];
    }
}
