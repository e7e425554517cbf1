using System.Diagnostics;
using IprArchive.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace IprArchive.Tests.Cli;

/// <summary>
/// The commands the GitHub workflows run must exist and work here: every `iprarchive` invocation
/// found in a `run:` step is run in process against the bundled site, and the job-summary script
/// is run against a real git history.
/// </summary>
public sealed class WorkflowCommandTests
{
    private const string CliPrefix = "dotnet run --project src/IprArchive.Cli -c Release -- ";

    public static TheoryData<string, string> IprArchiveCommands()
    {
        var data = new TheoryData<string, string>();
        foreach (var (workflow, run) in RunSteps())
        {
            foreach (var line in run.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(CliPrefix, StringComparison.Ordinal)))
            {
                data.Add(workflow, line[CliPrefix.Length..]);
            }
        }

        return data;
    }

    [Fact]
    public void Every_workflow_that_builds_checks_first_and_ci_runs_the_readme_test_command()
    {
        var commands = IprArchiveCommands().Select(row => (string)row[1]).ToList();
        Assert.Contains(commands, c => c.StartsWith("check ", StringComparison.Ordinal) && c.Contains("--format github", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("build ", StringComparison.Ordinal) && c.Contains("--base-path", StringComparison.Ordinal));
        Assert.Contains(RunSteps(), step => step.Workflow == "ci.yml" && step.Run.Trim() == "bash tests/run.sh");
        Assert.Contains("bash tests/run.sh", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(IprArchiveCommands))]
    public async Task Workflow_command_works_on_the_bundled_site(string workflow, string command)
    {
        using var temp = new TempSite();
        var args = command.Replace("\"${BASE_PATH:-/}/\"", "/archive/", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a switch
            {
                "input" => RepositoryPaths.BundledInput,
                "output" => Path.Combine(temp.Root, "output"),
                "theme" => Path.Combine(RepositoryPaths.Root, "theme"),
                _ => a,
            })
            .ToArray();

        var result = await CliRunner.RunAsync(args);

        Assert.True(result.ExitCode == 0, $"{workflow}: iprarchive {command}\n{result.Output}\n{result.Error}");
    }

    [Fact]
    public void Changed_pages_script_lists_added_and_changed_records()
    {
        using var repo = new TempSite();
        Git(repo.Root, "init", "-q", "-b", "main");
        repo.Write("announcements/2021/2021-01-02-kept.md", "---\ntitle: a\n---\n\nx\n");
        repo.Write("announcements/2021/2021-01-03-edited.md", "---\ntitle: a\n---\n\nx\n");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base");
        var baseCommit = Git(repo.Root, "rev-parse", "HEAD").Trim();
        repo.Write("announcements/2021/2021-01-03-edited.md", "---\ntitle: b\n---\n\nchanged\n");
        repo.Write("announcements/2022/2022-05-06-new-one.md", "---\ntitle: c\nslug: custom-slug\n---\n\nnew\n");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "pr");

        var summary = Run("bash", repo.Root, Path.Combine(RepositoryPaths.Root, ".github", "scripts", "changed-pages.sh"), baseCommit);

        Assert.Contains("- changed: `/announcements/2021/edited/`", summary, StringComparison.Ordinal);
        Assert.Contains("- added: `/announcements/2022/custom-slug/`", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("kept", summary, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Workflow, string Run)> RunSteps()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
            foreach (var job in jobs.Children.Values.Cast<YamlMappingNode>())
            {
                if (!job.Children.TryGetValue("steps", out var steps))
                {
                    continue;
                }

                foreach (var step in ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>())
                {
                    if (step.Children.TryGetValue("run", out var run))
                    {
                        yield return (Path.GetFileName(file), ((YamlScalarNode)run).Value!);
                    }
                }
            }
        }
    }

    private static string Git(string directory, params string[] args) => Run("git", directory, args);

    private static string Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)}: {error}");
        return output;
    }
}
