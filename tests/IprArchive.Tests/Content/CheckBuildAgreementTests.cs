using System.Text.Json;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Content;

/// <summary>
/// `check` is what a pull request runs; `build` runs after the merge. Whatever check calls
/// green must build, and whatever check rejects must not build: for every fixture site, both
/// agree, and the build's errors are the ones check reported.
/// </summary>
public sealed class CheckBuildAgreementTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(RepositoryPaths.Fixtures).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(Path.Combine(dir, "input")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Check_and_build_agree(string fixture)
    {
        using var site = new TempSite().CopyFixture(fixture);
        var theme = Path.Combine(RepositoryPaths.Root, "theme");
        var check = await CliRunner.RunAsync("check", "--input", site.Input, "--format", "json", "--theme", theme);
        var build = await CliRunner.RunAsync("build", "--input", site.Input, "--output", Path.Combine(site.Root, "out"), "--theme", theme, "-v", "q");

        Assert.Equal(check.ExitCode, build.ExitCode);
        var checkErrors = Errors(check.Output);
        Assert.All(BuildErrorLines(build.Error), line => Assert.Contains(checkErrors, e => line.StartsWith($"{site.Input}/{e.File}:", StringComparison.Ordinal) && line.Contains(e.Code, StringComparison.Ordinal)));
    }

    private static List<(string File, string Code)> Errors(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error")
            .Select(d => (d.GetProperty("file").GetString()!, d.GetProperty("code").GetString()!))
            .Select(e => (e.Item1[(e.Item1.IndexOf("/input/", StringComparison.Ordinal) + "/input/".Length)..], e.Item2))];
    }

    private static IEnumerable<string> BuildErrorLines(string error) =>
        error.Split('\n').Where(l => l.Contains(": error IPR", StringComparison.Ordinal));
}
