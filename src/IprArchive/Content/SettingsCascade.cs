using IprArchive.Content.Yaml;
using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>
/// Statiq's settings cascade: <c>settings.yml</c>, then every <c>_directory.yml</c> from the
/// input root down to a record's folder, then the record's own front matter; the nearest wins.
/// Values keep their source positions, so a bad value set in a <c>_directory.yml</c> is reported there.
/// </summary>
public sealed class SettingsCascade
{
    private readonly Dictionary<string, YamlTreeMapping> _directories;

    private SettingsCascade(SiteSettings settings, Dictionary<string, YamlTreeMapping> directories)
    {
        Settings = settings;
        _directories = directories;
    }

    /// <summary>The site settings at the top of the cascade.</summary>
    public SiteSettings Settings { get; }

    /// <summary>Loads settings.yml and every _directory.yml below <paramref name="inputDirectory"/>.</summary>
    public static SettingsCascade Load(string inputDirectory, IEnumerable<string> directoryFiles, DiagnosticBag diagnostics)
    {
        var settings = SettingsReader.Read(inputDirectory, diagnostics);
        var directories = new Dictionary<string, YamlTreeMapping>(StringComparer.Ordinal);
        var values = new NodeValues(diagnostics);
        foreach (var file in directoryFiles)
        {
            var text = SourceText.Read(Path.Combine(inputDirectory, file), file, diagnostics);
            var root = text is null ? null : YamlTreeReader.Read(text, file, 1, diagnostics);
            if (root is null)
            {
                continue;
            }

            if (values.Mapping(root, "_directory.yml") is { } mapping)
            {
                values.RejectUnknownKeys(mapping, RecordKeys.DirectoryDefaults, "_directory.yml");
                directories[Path.GetDirectoryName(file)?.Replace('\\', '/') ?? ""] = mapping;
            }
        }

        return new SettingsCascade(settings, directories);
    }

    /// <summary>The effective front matter of <paramref name="file"/>: inherited values overlaid by its own.</summary>
    public IReadOnlyDictionary<string, YamlTreeNode> Resolve(string file, YamlTreeMapping frontMatter)
    {
        var fields = new Dictionary<string, YamlTreeNode>(StringComparer.Ordinal);
        foreach (var folder in Ancestors(file))
        {
            if (_directories.TryGetValue(folder, out var defaults))
            {
                foreach (var entry in defaults.Entries.Where(e => RecordKeys.DirectoryDefaults.Contains(e.Key.Value)))
                {
                    fields[entry.Key.Value] = entry.Value;
                }
            }
        }

        foreach (var entry in frontMatter.Entries)
        {
            fields[entry.Key.Value] = entry.Value;
        }

        return fields;
    }

    // "" (the input root), "announcements", "announcements/2021" for "announcements/2021/x.md".
    private static IEnumerable<string> Ancestors(string file)
    {
        yield return "";
        var parts = file.Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            yield return string.Join('/', parts[..i]);
        }
    }
}
