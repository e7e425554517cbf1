using System.Diagnostics;
using System.Text.Json;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar from npm's vnu-jar, run with Java) finds no error on any page
/// of the bundled site. tests/run.sh installs both (npm ci in tests/html-validation, Java from Debian).
/// </summary>
public sealed class HtmlValidationTests
{
    private static readonly string Jar = Path.Combine(RepositoryPaths.Root, "tests", "html-validation", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_of_the_bundled_site_has_no_nu_html_checker_error()
    {
        Assert.True(File.Exists(Jar), $"{Jar} is missing: run 'npm ci' in tests/html-validation (tests/run.sh does)");
        using var site = await BuiltSite.BuildAsync(RepositoryPaths.BundledInput);
        Assert.True(site.Result.Succeeded, site.Problems);

        var messages = await RunCheckerAsync(site.Output);

        var errors = messages.Where(m => m.Type == "error" || m.SubType == "fatal").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(20).Select(e => $"{e.Url}:{e.LastLine}: {e.Message}")));
        Assert.True(site.HtmlFiles().Count() > 100, "the bundled site has more than 100 pages to check");
    }

    private static async Task<IReadOnlyList<CheckerMessage>> RunCheckerAsync(string folder)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", Jar, "--errors-only", "--skip-non-html", "--format", "json", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        var root = JsonDocument.Parse(report).RootElement;
        return [.. root.GetProperty("messages").EnumerateArray().Select(m => new CheckerMessage(
            m.GetProperty("type").GetString()!,
            m.TryGetProperty("subType", out var sub) ? sub.GetString() : null,
            m.TryGetProperty("url", out var url) ? url.GetString() : null,
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.GetProperty("message").GetString()!))];
    }

    private sealed record CheckerMessage(string Type, string? SubType, string? Url, int LastLine, string Message);
}
