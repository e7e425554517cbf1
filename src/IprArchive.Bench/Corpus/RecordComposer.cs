using System.Globalization;
using System.Text;
using IprArchive.Content;

namespace IprArchive.Bench.Corpus;

/// <summary>
/// Writes one record at a time in the schema editors use (docs/editors.md): front matter with
/// title, date, speakers (name, role, organisation), event, plan period on a share, topics,
/// language, source and summary; a Markdown body with headings, lists and quoted statements.
/// </summary>
internal sealed class RecordComposer(TextModel model, Cast cast, Random random)
{
    private static readonly DateOnly First = new(1995, 1, 1);
    private static readonly DateOnly Last = new(2026, 10, 31);
    private static readonly string[] Kinds = ["press conference", "briefing", "keynote speech", "interview", "statement", "remarks", "annual report", "forum address"];
    private static readonly string[] Places = ["Beijing", "Geneva", "Alexandria", "Alicante", "Munich", "Tokyo", "Daejeon", "Newport", "Paris", "Brussels", "Singapore", "Canberra", "Ottawa", "Rio de Janeiro"];
    private static readonly string[] ExtraTopics =
    [
        "standard essential patents", "plant varieties", "trade secrets", "geographical indications", "design rights", "utility models",
        "enforcement", "counterfeiting", "patent pools", "licensing", "open innovation", "biotechnology", "pharmaceuticals", "clean energy",
        "blockchain", "data rights", "genetic resources", "traditional knowledge", "collective management", "fees", "backlog", "ip finance",
        "ip valuation", "ip education", "women in ip", "youth", "regional offices", "digital services", "e-filing", "machine translation",
    ];

    private readonly RareWords _rare = new();
    private readonly List<string> _topics = [.. model.Topics.Concat(ExtraTopics).Distinct(StringComparer.Ordinal)];
    private readonly WeightedPick _topicPick = WeightedPick.Zipf(model.Topics.Concat(ExtraTopics).Distinct(StringComparer.Ordinal).Count(), 0.8);
    private readonly Dictionary<int, HashSet<string>> _slugsByYear = [];
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly List<string> _titles = [];

    /// <summary>Records that got a <c>slug</c> key because their title's slug was taken in their year.</summary>
    public int SlugsAdded { get; private set; }

    /// <summary>The next record; <paramref name="chinese"/> makes a <c>language: zh</c> one by a CNIPA or SCIO speaker.</summary>
    public GeneratedRecord Next(bool chinese)
    {
        var speakers = PickSpeakers(chinese);
        var lead = speakers[0];
        var date = PickDate(lead);
        var words = new List<string>();
        var title = chinese ? ChineseText.Title(random) : Title(lead, words);
        var body = chinese ? ChineseBody() : Body(speakers, words);
        var (file, slugKey) = Place(date, chinese ? $"{lead.Organization.Id}-{ChineseTopicSlug()}" : Slug.From(title));
        var plan = random.NextDouble() < 0.4 ? cast.PlanFor(lead.Organization, date) : null;
        var front = new StringBuilder("---\n");
        front.Append(CultureInfo.InvariantCulture, $"title: {Quote(title)}\n");
        if (slugKey is not null)
        {
            front.Append(CultureInfo.InvariantCulture, $"slug: {slugKey}\n");
        }

        front.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\nspeakers:\n");
        foreach (var s in speakers)
        {
            front.Append(CultureInfo.InvariantCulture, $"  - name: {Quote(s.Name)}\n    role: {Quote(s.Role)}\n    organization: {Quote(OrganizationText(s))}\n");
        }

        front.Append(CultureInfo.InvariantCulture, $"event: {Quote(chinese ? ChineseText.Pick(ChineseText.Events, random) : Event(lead))}\n");
        if (plan is not null)
        {
            front.Append(CultureInfo.InvariantCulture, $"plan_period: {Quote(plan.Name)}\n");
        }

        var topics = Enumerable.Range(0, 1 + random.Next(5)).Select(_ => _topics[_topicPick.Next(random)]).Distinct(StringComparer.Ordinal);
        front.Append(CultureInfo.InvariantCulture, $"topics: [{string.Join(", ", topics.Select(Quote))}]\n");
        front.Append(CultureInfo.InvariantCulture, $"language: {(chinese ? "zh" : "en")}\n");
        var publisher = lead.Organization.ShortName ?? lead.Organization.Name;
        front.Append(CultureInfo.InvariantCulture, $"source:\n  publisher: {Quote(publisher)}\n  url: \"https://www.example.org/{lead.Organization.Id}/{date:yyyy/MM}/{Path.GetFileNameWithoutExtension(file)[11..]}\"\n");
        var summary = chinese ? ChineseText.Sentence(random) : Words(model.ChainSentence(random), words);
        front.Append(CultureInfo.InvariantCulture, $"summary: {Quote(summary)}\n---\n\n");
        return new GeneratedRecord(file, front.Append(body).ToString(), words, [.. speakers.Select(s => s.Name)], chinese);
    }

    private List<SyntheticSpeaker> PickSpeakers(bool chinese)
    {
        var count = random.NextDouble() switch { < 0.78 => 1, < 0.95 => 2, _ => 3 };
        var chosen = new List<SyntheticSpeaker>();
        for (var attempts = 0; chosen.Count < count && attempts < 50; attempts++)
        {
            var s = cast.Speakers[cast.Popularity.Next(random)];
            var fits = !chinese || chosen.Count > 0 || s.Organization.Id is "cnipa" or "scio";
            if (fits && !chosen.Contains(s))
            {
                chosen.Add(s);
            }
        }

        // A corpus whose registries have no Chinese office still gets its zh records, by anyone.
        return chosen.Count > 0 ? chosen : [cast.Speakers[cast.Popularity.Next(random)]];
    }

    private DateOnly PickDate(SyntheticSpeaker lead)
    {
        var from = new DateOnly(lead.FromYear, 1, 1);
        var to = new DateOnly(lead.ToYear, 12, 31);
        from = from < First ? First : from;
        to = to > Last ? Last : to;
        return from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
    }

    /// <summary>
    /// The file for a record: <c>announcements/YYYY/DATE-SLUG.md</c>, with <c>-2</c>, <c>-3</c> … when
    /// that file exists. A record whose slug an earlier record of the year already has (the site
    /// publishes at /announcements/YYYY/SLUG/) gets its whole file name as <c>slug</c>, the fix an editor would make.
    /// </summary>
    private (string File, string? SlugKey) Place(DateOnly date, string slug)
    {
        slug = slug.Length > 70 ? slug[..70].TrimEnd('-') : slug;
        var name = $"{date:yyyy-MM-dd}-{slug}";
        for (var n = 2; !_files.Add(name); n++)
        {
            name = $"{date:yyyy-MM-dd}-{slug}-{n}";
        }

        var fileSlug = name[11..];
        if (!_slugsByYear.TryGetValue(date.Year, out var used))
        {
            _slugsByYear[date.Year] = used = new HashSet<string>(StringComparer.Ordinal);
        }

        string? slugKey = null;
        if (!used.Add(fileSlug))
        {
            slugKey = name;
            used.Add(name);
            SlugsAdded++;
        }

        return ($"announcements/{date:yyyy}/{name}.md", slugKey);
    }

    private string Title(SyntheticSpeaker lead, List<string> words)
    {
        // About 1% of titles repeat an earlier one, as recurring briefings do.
        if (_titles.Count > 0 && random.NextDouble() < 0.01)
        {
            return Words(_titles[random.Next(_titles.Count)], words);
        }

        var topic = _topics[_topicPick.Next(random)];
        var organization = lead.Organization.ShortName ?? lead.Organization.Name;
        var title = random.Next(4) switch
        {
            0 => $"{lead.Name} on {topic}",
            1 => $"{organization} {Kinds[random.Next(Kinds.Length)]} on {topic}",
            2 => $"{lead.Role} {lead.Surname} sets out {topic} priorities",
            _ => Headline(model.ChainSentence(random)),
        };
        _titles.Add(title);
        return Words(title, words);
    }

    private static string Headline(string sentence)
    {
        var words = sentence.TrimEnd('.', '!', '?').Split(' ');
        var text = string.Join(' ', words.Take(Math.Min(words.Length, 10))).TrimEnd(',', ';', ':');
        return text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : "Statement";
    }

    private string Event(SyntheticSpeaker lead)
    {
        var organization = lead.Organization.ShortName ?? lead.Organization.Name;
        var word = model.TitleWords.Count > 0 ? model.TitleWords[random.Next(model.TitleWords.Count)] : "annual";
        return $"{organization} {Kinds[random.Next(Kinds.Length)]} on {word.TrimEnd(',', ':', ';').ToLowerInvariant()}, {Places[random.Next(Places.Length)]}";
    }

    private static string OrganizationText(SyntheticSpeaker s) =>
        s.Organization.ShortName is { } acronym && acronym != s.Organization.Name ? $"{s.Organization.Name} ({acronym})" : s.Organization.Name;

    private string Body(List<SyntheticSpeaker> speakers, List<string> words)
    {
        // Log-normal length around 550 words, as the anchors' corpus has; clipped to 200-2,000.
        var target = Math.Clamp((int)Math.Exp(Math.Log(550) + (0.5 * Gaussian())), 200, 2000);
        var body = new StringBuilder();
        var count = 0;
        body.Append(Paragraph(words, ref count)).Append("\n\n");
        while (count < target)
        {
            var heading = random.NextDouble() < 0.6 && model.Headings.Count > 0 ? model.Headings[random.Next(model.Headings.Count)] : Headline(model.ChainSentence(random));
            body.Append("## ").Append(Words(heading, words)).Append("\n\n");
            body.Append(Paragraph(words, ref count)).Append("\n\n");
            var extra = random.NextDouble();
            if (extra < 0.3)
            {
                for (var i = 0; i < 3 + random.Next(3); i++)
                {
                    body.Append("- ").Append(Sentence(words, ref count)).Append('\n');
                }

                body.Append('\n');
            }
            else if (extra < 0.7)
            {
                body.Append(Statement(speakers[random.Next(speakers.Count)], words, ref count)).Append("\n\n");
            }
        }

        return body.ToString();
    }

    /// <summary>A quoted statement: a block quotation, or words in quotation marks followed by who said them.</summary>
    private string Statement(SyntheticSpeaker speaker, List<string> words, ref int count)
    {
        var sentence = Sentence(words, ref count);
        return random.NextDouble() < 0.3
            ? $"> {sentence}"
            : $"\"{sentence.TrimEnd('.', '!', '?')},\" {speaker.Surname} said. {Sentence(words, ref count)}";
    }

    private string Paragraph(List<string> words, ref int count)
    {
        var sentences = new List<string>();
        for (var i = 0; i < 2 + random.Next(4); i++)
        {
            sentences.Add(Sentence(words, ref count));
        }

        return string.Join(' ', sentences);
    }

    /// <summary>35% a real sentence as it is, else one from the chain; about 3% of words replaced by rare words.</summary>
    private string Sentence(List<string> words, ref int count)
    {
        var source = random.NextDouble() < 0.35 ? model.Sentences[random.Next(model.Sentences.Count)] : model.ChainSentence(random);
        var tokens = source.Split(' ');
        for (var i = 1; i < tokens.Length - 1; i++)
        {
            if (random.NextDouble() < 0.03)
            {
                tokens[i] = _rare.Next(random);
            }
        }

        count += tokens.Length;
        return Words(string.Join(' ', tokens), words);
    }

    private string ChineseBody()
    {
        var body = new StringBuilder();
        for (var section = 0; section < 2 + random.Next(3); section++)
        {
            body.Append("## ").Append(ChineseText.Pick(ChineseText.Headings, random)).Append("\n\n");
            for (var p = 0; p < 1 + random.Next(3); p++)
            {
                body.Append(string.Concat(Enumerable.Range(0, 2 + random.Next(4)).Select(_ => ChineseText.Sentence(random)))).Append("\n\n");
            }

            if (random.NextDouble() < 0.5)
            {
                body.Append('“').Append(ChineseText.Sentence(random).TrimEnd('。')).Append("。”\n\n");
            }
        }

        return body.ToString();
    }

    private string ChineseTopicSlug() => $"briefing-{random.Next(100_000):00000}";

    private static string Words(string text, List<string> words)
    {
        words.AddRange(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text;
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string value) => $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
