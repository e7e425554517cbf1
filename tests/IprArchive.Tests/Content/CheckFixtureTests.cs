using System.Text.Json;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Content;

/// <summary>
/// Every tests/fixtures/check-*/ folder is a small site with an expected.txt listing the
/// diagnostics `iprarchive check` must report (severity, code, file, line, column). Errors must
/// match exactly; listed warnings must appear.
/// </summary>
public sealed class CheckFixtureTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(RepositoryPaths.Fixtures, "check-*").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Check_reports_exactly_the_expected_diagnostics(string fixture)
    {
        var expected = ReadExpected(fixture);
        var input = Path.Combine(RepositoryPaths.Fixture(fixture), "input");

        var result = await CliRunner.RunAsync("check", "--input", input, "--format", "json", "--theme", Path.Combine(RepositoryPaths.Root, "theme"));
        var actual = ParseJson(result.Output, input);

        var expectedErrors = expected.Where(e => e.StartsWith("error", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var actualErrors = actual.Where(e => e.StartsWith("error", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expectedErrors, actualErrors);
        Assert.All(expected.Where(e => e.StartsWith("warning", StringComparison.Ordinal)), w => Assert.Contains(w, actual));
        Assert.Equal(expectedErrors.Any() ? 1 : 0, result.ExitCode);
    }

    private static List<string> ReadExpected(string fixture) =>
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Fixture(fixture), "expected.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];

    private static List<string> ParseJson(string json, string input)
    {
        using var doc = JsonDocument.Parse(json);
        var prefix = input.Replace('\\', '/').TrimEnd('/') + "/";
        return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d =>
        {
            var file = d.GetProperty("file").GetString()!;
            Assert.StartsWith(prefix, file, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("message").GetString()));
            return $"{d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()} {file[prefix.Length..]}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}";
        })];
    }
}
