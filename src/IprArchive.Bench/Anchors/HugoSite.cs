using System.Globalization;
using System.Text;
using YamlDotNet.Serialization;

namespace IprArchive.Bench.Anchors;

/// <summary>
/// Turns a generated input folder into a Hugo site with the bench's theme. Records keep their text;
/// only the front matter changes where Hugo needs it: taxonomies are lists of strings, so the
/// speakers (name, role, organisation) move to <c>speaker_details</c> and <c>speakers</c> becomes
/// the list of names; <c>plan_period</c> becomes the one-item list <c>plan_periods</c>; the slug is
/// set so that Hugo publishes each record at the address IprArchive gives it.
/// </summary>
internal static class HugoSite
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().Build();
    private static readonly ISerializer Writer = new SerializerBuilder().Build();

    /// <summary>Writes <paramref name="site"/> (config, theme, content) from the records of <paramref name="input"/>.</summary>
    public static int Write(string input, string site, string theme, string baseUrl)
    {
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        Copy(theme, Path.Combine(site, "themes", "bench"));
        File.WriteAllText(Path.Combine(site, "hugo.toml"), Config(baseUrl));
        var announcements = Path.Combine(input, "announcements");
        var content = Path.Combine(site, "content", "announcements");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "_index.md"), "---\ntitle: Announcements\n---\n");
        var records = 0;
        foreach (var year in Directory.EnumerateDirectories(announcements).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(content, Path.GetFileName(year));
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "_index.md"), $"---\ntitle: \"{Path.GetFileName(year)}\"\n---\n");
            foreach (var file in Directory.EnumerateFiles(year, "*.md").Order(StringComparer.Ordinal))
            {
                File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), Convert(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)));
                records++;
            }
        }

        return records;
    }

    /// <summary>One record, its front matter rewritten for Hugo, its body as it is.</summary>
    internal static string Convert(string record, string fileName)
    {
        var parts = record.Split("---\n", 3);
        var front = Reader.Deserialize<Dictionary<string, object>>(parts[1]);
        var details = front.GetValueOrDefault("speakers") as List<object> ?? [];
        front["speaker_details"] = details;
        front["speakers"] = details.OfType<Dictionary<object, object>>().Select(d => d["name"]).ToList();
        if (front.Remove("plan_period", out var plan))
        {
            front["plan_periods"] = new List<object> { plan };
        }

        // IprArchive publishes at /announcements/YYYY/SLUG/, the slug being the file name after the date.
        front["slug"] = front.GetValueOrDefault("slug") ?? fileName[11..];
        return new StringBuilder("---\n").Append(Writer.Serialize(front)).Append("---\n").Append(parts[2]).ToString();
    }

    private static string Config(string baseUrl) => string.Create(CultureInfo.InvariantCulture, $"""
        baseURL = "{baseUrl}"
        title = "IprArchive (Hugo anchor)"
        theme = "bench"
        languageCode = "en"
        paginate = 20

        [taxonomies]
          speaker = "speakers"
          topic = "topics"
          plan_period = "plan_periods"

        """);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
