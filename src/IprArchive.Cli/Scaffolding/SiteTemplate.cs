using System.Reflection;

namespace IprArchive.Cli.Scaffolding;

/// <summary>What a new archive is made of: a settings file filled in from <see cref="SiteIdentity"/>.</summary>
/// <param name="Title">The site's name.</param>
/// <param name="BaseUrl">The address the site is published at, base path included, ending with '/'.</param>
internal sealed record SiteIdentity(string Title, string BaseUrl);

/// <summary>
/// The files of a new archive (<c>src/IprArchive.Cli/SiteTemplate/</c>, embedded in the tool):
/// input/ with settings, registries and an example record, the GitHub workflows and templates, a
/// README for editors and a tool manifest pinning this version of the tool.
/// </summary>
internal static class SiteTemplate
{
    private const string ResourcePrefix = "site-template/";

    // A leading dot would hide the files from MSBuild's globs; the template spells ".x" "dot-x".
    private const string DotPrefix = "dot-";

    /// <summary>Every file of a new archive, relative path → text, with the placeholders filled in.</summary>
    public static IReadOnlyDictionary<string, string> Files(SiteIdentity site)
    {
        var assembly = typeof(SiteTemplate).Assembly;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files[RelativePath(name)] = Fill(reader.ReadToEnd(), site);
        }

        return files;
    }

    /// <summary>This tool's version (SemVer, without build metadata), which the tool manifest pins.</summary>
    public static string ToolVersion { get; } =
        (typeof(SiteTemplate).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
            .Split('+')[0];

    private static string RelativePath(string resourceName) =>
        string.Join('/', resourceName[ResourcePrefix.Length..].Replace('\\', '/').Split('/')
            .Select(segment => segment.StartsWith(DotPrefix, StringComparison.Ordinal) ? "." + segment[DotPrefix.Length..] : segment));

    private static string Fill(string text, SiteIdentity site) => text
        .Replace("%TITLE%", YamlQuote(site.Title), StringComparison.Ordinal)
        .Replace("%TITLE_TEXT%", site.Title, StringComparison.Ordinal)
        .Replace("%BASE_URL%", site.BaseUrl, StringComparison.Ordinal)
        .Replace("%TOOL_VERSION%", ToolVersion, StringComparison.Ordinal);

    private static string YamlQuote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
