using IprArchive.Content.Yaml;
using IprArchive.Diagnostics;

namespace IprArchive.Content;

/// <summary>Reads <c>input/settings.yml</c> into <see cref="SiteSettings"/>; a missing file means defaults.</summary>
public static class SettingsReader
{
    private const string FileName = "settings.yml";

    /// <summary>The settings of the site in <paramref name="inputDirectory"/>.</summary>
    /// <param name="inputDirectory">The input folder.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="environment">The build's environment; null reads <see cref="EnvironmentVariable"/>.</param>
    public static SiteSettings Read(string inputDirectory, DiagnosticBag diagnostics, string? environment = null)
    {
        var settings = new SiteSettings();
        var path = Path.Combine(inputDirectory, FileName);
        if (!File.Exists(path))
        {
            return settings;
        }

        var text = SourceText.Read(path, FileName, diagnostics);
        var root = text is null ? null : YamlTreeReader.Read(text, FileName, 1, diagnostics);
        var values = new NodeValues(diagnostics);
        if (root is null || values.Mapping(root, FileName) is not { } map)
        {
            return settings;
        }

        values.RejectUnknownKeys(map, SiteSettings.Keys, FileName);
        foreach (var (key, node) in map.Entries.Select(e => (e.Key.Value, e.Value)))
        {
            settings = Apply(settings, key, node, values);
        }

        WarnIfPlaceholderInProduction(settings, map, environment ?? Environment.GetEnvironmentVariable(EnvironmentVariable), diagnostics);
        return settings;
    }

    /// <summary>The variable that names the build's environment; <c>production</c> turns on the placeholder check.</summary>
    public const string EnvironmentVariable = "IPRARCHIVE_ENV";

    // A preview or a test build may well keep the example address; a published site must not:
    // every citation, permalink, feed and canonical URL would point at a host that is not the site.
    private static void WarnIfPlaceholderInProduction(SiteSettings settings, YamlTreeMapping map, string? environment, DiagnosticBag diagnostics)
    {
        if (!string.Equals(environment, "production", StringComparison.OrdinalIgnoreCase) || !settings.HasPlaceholderHost)
        {
            return;
        }

        var at = map["base_url"]?.Location ?? SourceLocation.StartOf(FileName);
        diagnostics.Report(Codes.PlaceholderBaseUrl, at,
            $"base_url '{settings.BaseUrl}' is a placeholder address; citations, permalinks and feeds would point there",
            "Set base_url in settings.yml to the address the site is published at, such as https://owner.github.io/archive/");
    }

    private static SiteSettings Apply(SiteSettings settings, string key, YamlTreeNode node, NodeValues values) => key switch
    {
        "title" => values.Text(node, key) is { } title ? settings with { Title = title } : settings,
        "description" => values.Text(node, key) is { } description ? settings with { Description = description } : settings,
        "language" => values.Text(node, key) is { } language ? settings with { Language = language } : settings,
        "page_size" => values.PositiveInteger(node, key) is { } size ? settings with { PageSize = size } : settings,
        "feed_entries" => values.PositiveInteger(node, key) is { } entries ? settings with { FeedEntries = entries } : settings,
        "feed_full_text" => values.Boolean(node, key) is { } full ? settings with { FeedFullText = full } : settings,
        "image_hosts" => settings with { ImageHosts = ImageHosts(values.TextList(node, key), values.Diagnostics) },
        "base_url" => values.Text(node, key) is { } url ? WithBaseUrl(settings, url, node.Location, values.Diagnostics) : settings,
        "repository" => values.Text(node, key) is { } repository ? WithRepository(settings, repository, node.Location, values.Diagnostics) : settings,
        "search_fallback" => values.Text(node, key) is { } engine ? WithSearchFallback(settings, engine, node.Location, values.Diagnostics) : settings,
        _ => settings,
    };

    private static SiteSettings WithSearchFallback(SiteSettings settings, string engine, SourceLocation at, DiagnosticBag diagnostics)
    {
        var name = engine.Trim().ToLowerInvariant();
        if (SiteSettings.SearchFallbacks.Contains(name))
        {
            return settings with { SearchFallback = name };
        }

        diagnostics.Report(Codes.InvalidSetting, at, $"search_fallback '{engine}' must be one of {string.Join(", ", SiteSettings.SearchFallbacks)}");
        return settings;
    }

    private static List<string> ImageHosts(IReadOnlyList<(string Value, SourceLocation Location)> hosts, DiagnosticBag diagnostics)
    {
        var valid = new List<string>();
        foreach (var (host, at) in hosts)
        {
            if (Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4)
            {
                valid.Add(host.ToLowerInvariant());
            }
            else
            {
                diagnostics.Report(Codes.InvalidSetting, at, $"image_hosts entry '{host}' is not a host name such as www.wipo.int");
            }
        }

        return valid;
    }

    private static SiteSettings WithRepository(SiteSettings settings, string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(uri.Query))
        {
            return settings with { Repository = uri.ToString().TrimEnd('/') };
        }

        diagnostics.Report(Codes.InvalidSetting, at, $"repository '{url}' must be an https address such as https://github.com/owner/archive");
        return settings;
    }

    private static SiteSettings WithBaseUrl(SiteSettings settings, string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            var text = uri.ToString();
            return settings with { BaseUrl = text.EndsWith('/') ? text : text + "/" };
        }

        diagnostics.Report(Codes.InvalidSetting, at, $"base_url '{url}' must be an absolute http(s) address such as https://example.org/archive/");
        return settings;
    }
}
