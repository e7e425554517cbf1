using System.Text;
using System.Text.RegularExpressions;

namespace IprArchive.Bench.Corpus;

/// <summary>
/// What the generator learns from real records (the bundled <c>input/announcements</c>): their
/// sentences, headings and topics, and a word-bigram chain over their bodies. Generated text is
/// grammatical only locally; it imitates the term statistics of the real text, not its meaning.
/// </summary>
internal sealed partial class TextModel
{
    private const string End = "";
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly List<string> _starts = [];

    private TextModel()
    {
    }

    /// <summary>Whole sentences of the real bodies, in file order.</summary>
    public List<string> Sentences { get; } = [];

    /// <summary>Section headings of the real bodies.</summary>
    public List<string> Headings { get; } = [];

    /// <summary>Topics the real records use, in order of first use.</summary>
    public List<string> Topics { get; } = [];

    /// <summary>Words of the real titles (for event and title phrases).</summary>
    public List<string> TitleWords { get; } = [];

    /// <summary>Reads every record under <paramref name="announcements"/>, in ordinal path order so that training is deterministic.</summary>
    public static TextModel Train(string announcements)
    {
        var model = new TextModel();
        var files = Directory.EnumerateFiles(announcements, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new BenchException($"no records to learn from in {announcements}");
        }

        foreach (var file in files)
        {
            model.Learn(File.ReadAllText(file).ReplaceLineEndings("\n"));
        }

        return model;
    }

    /// <summary>A sentence walked along the bigram chain (at least a few words, at most 40).</summary>
    public string ChainSentence(Random random)
    {
        var words = new List<string>();
        var word = _starts[random.Next(_starts.Count)];
        while (word != End && words.Count < 40)
        {
            words.Add(word);
            var followers = _next.GetValueOrDefault(word);
            word = followers is null ? End : followers[random.Next(followers.Count)];
        }

        var text = string.Join(' ', words).TrimEnd(',', ';', ':');
        return text.Length > 0 && ".!?".Contains(text[^1], StringComparison.Ordinal) ? text : text + ".";
    }

    private void Learn(string text)
    {
        var parts = text.Split("---\n", 3);
        if (parts.Length < 3)
        {
            return;
        }

        LearnFrontMatter(parts[1]);
        foreach (var line in parts[2].Split('\n'))
        {
            var plain = Plain(line);
            if (line.StartsWith('#'))
            {
                Headings.Add(plain.TrimStart('#', ' '));
            }
            else if (plain.Length > 0)
            {
                foreach (var sentence in SentenceBreak().Split(plain.TrimStart('-', '*', '>', ' ')).Where(s => s.Split(' ').Length >= 4))
                {
                    Sentences.Add(sentence);
                    LearnChain(sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }
    }

    private void LearnFrontMatter(string frontMatter)
    {
        foreach (var line in frontMatter.Split('\n'))
        {
            if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                TitleWords.AddRange(Plain(line[6..]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && char.IsLetter(w[0])));
            }
            else if (line.StartsWith("topics:", StringComparison.Ordinal))
            {
                Topics.AddRange(line[7..].Trim(' ', '[', ']').Split(',').Select(t => t.Trim()).Where(t => t.Length > 0 && !Topics.Contains(t)));
            }
        }
    }

    private void LearnChain(string[] words)
    {
        _starts.Add(words[0]);
        for (var i = 0; i < words.Length; i++)
        {
            if (!_next.TryGetValue(words[i], out var followers))
            {
                _next[words[i]] = followers = [];
            }

            followers.Add(i + 1 < words.Length ? words[i + 1] : End);
        }
    }

    /// <summary>
    /// The line without Markdown links, emphasis and quotation marks: generated quotations are
    /// placed on purpose, and a stray mark from a recombined sentence would open one that never closes.
    /// </summary>
    private static string Plain(string line)
    {
        var text = Link().Replace(line, "$1");
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('"' or '“' or '”' or '*' or '_' or '`'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9])")]
    private static partial Regex SentenceBreak();
}
