using AngleSharp.Html.Parser;
using IprArchive.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace IprArchive.Tests.Cli;

/// <summary>
/// <c>iprarchive init</c>: a new archive that checks strictly and builds, settings from options or
/// answers, workflows whose commands work on it, and never a file overwritten.
/// </summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TempSite _temp = new();

    private string Site => Path.Combine(_temp.Root, "site");

    [Fact]
    public async Task New_archive_passes_check_strict_and_builds_a_site_with_the_given_name_and_base_path()
    {
        var init = await CliRunner.RunAsync("init", Site, "--name", "Office \"News\"", "--url", "https://news.example.org/", "--base-path", "archive");

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("title: \"Office \\\"News\\\"\"", File.ReadAllText(Path.Combine(Site, "input", "settings.yml")), StringComparison.Ordinal);
        var check = await CliRunner.RunAsync("check", "--input", Path.Combine(Site, "input"), "--strict");
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        var build = await CliRunner.RunAsync("build", "--input", Path.Combine(Site, "input"), "--output", Path.Combine(Site, "output"));
        Assert.True(build.ExitCode == 0, build.Error);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Site, "output", "index.html")));
        Assert.Contains("Office \"News\"", home.Title, StringComparison.Ordinal);
        Assert.Contains(home.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/archive/announcements/2024/example-archive-opens/");
    }

    [Fact]
    public async Task Writes_the_workflows_templates_readme_and_a_manifest_pinning_this_version()
    {
        await CliRunner.RunAsync("init", Site);

        foreach (var file in new[] { ".github/workflows/check.yml", ".github/workflows/pages.yml", ".github/PULL_REQUEST_TEMPLATE.md", ".github/ISSUE_TEMPLATE/correction.yml", "README.md", ".gitignore" })
        {
            Assert.True(File.Exists(Path.Combine(Site, file)), file);
        }

        var version = typeof(IprArchive.Cli.CliApp).Assembly.GetName().Version!;
        Assert.Contains($"\"version\": \"{version.Major}.{version.Minor}.{version.Build}\"", File.ReadAllText(Path.Combine(Site, ".config", "dotnet-tools.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_iprarchive_command_of_the_new_workflows_works_on_the_new_archive()
    {
        await CliRunner.RunAsync("init", Site);
        var commands = WorkflowRuns().ToList();

        Assert.Contains(commands, c => c.StartsWith("check ", StringComparison.Ordinal) && c.Contains("--format github", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("build ", StringComparison.Ordinal) && c.Contains("--base-path", StringComparison.Ordinal));
        foreach (var command in commands)
        {
            var args = command.Replace("\"${BASE_PATH:-/}/\"", "/repo/", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a is "input" or "output" ? Path.Combine(Site, a) : a).ToArray();
            var result = await CliRunner.RunAsync(args);
            Assert.True(result.ExitCode == 0, $"iprarchive {command}\n{result.Output}\n{result.Error}");
        }
    }

    [Fact]
    public async Task On_a_terminal_it_asks_for_the_name_address_and_base_path()
    {
        var init = await CliRunner.RunAsync(["init", Site], answers: "Gazette of Marks\nhttps://gazette.example.org/\n/ip/\n");

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("Site name [", init.Output, StringComparison.Ordinal);
        var settings = File.ReadAllText(Path.Combine(Site, "input", "settings.yml"));
        Assert.Contains("title: \"Gazette of Marks\"", settings, StringComparison.Ordinal);
        Assert.Contains("base_url: https://gazette.example.org/ip/", settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_to_overwrite_and_writes_nothing_when_a_file_exists()
    {
        Directory.CreateDirectory(Path.Combine(Site, "input"));
        File.WriteAllText(Path.Combine(Site, "input", "settings.yml"), "title: Mine\n");

        var init = await CliRunner.RunAsync("init", Site);

        Assert.Equal(1, init.ExitCode);
        Assert.Contains("input/settings.yml", init.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", init.Error, StringComparison.Ordinal);
        Assert.Equal("title: Mine\n", File.ReadAllText(Path.Combine(Site, "input", "settings.yml")));
        Assert.False(File.Exists(Path.Combine(Site, "README.md")));
    }

    [Theory]
    [InlineData("--url", "ftp://example.org/", "--url 'ftp://example.org/'")]
    [InlineData("--url", "example.org", "--url 'example.org'")]
    [InlineData("--base-path", "/a b/", "--base-path '/a b/'")]
    [InlineData("--base-path", "/../x/", "--base-path '/../x/'")]
    public async Task A_bad_address_or_base_path_is_a_usage_error(string option, string value, string named)
    {
        var init = await CliRunner.RunAsync("init", Site, option, value);

        Assert.Equal(2, init.ExitCode);
        Assert.Contains(named, init.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Site));
    }

    public void Dispose() => _temp.Dispose();

    private IEnumerable<string> WorkflowRuns()
    {
        const string prefix = "dotnet iprarchive ";
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Site, ".github", "workflows")))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            foreach (var run in yaml.Documents[0].AllNodes.OfType<YamlMappingNode>()
                .Select(m => m.Children.TryGetValue("run", out var r) ? (r as YamlScalarNode)?.Value : null).OfType<string>())
            {
                foreach (var line in run.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    yield return line[prefix.Length..];
                }
            }
        }
    }
}
