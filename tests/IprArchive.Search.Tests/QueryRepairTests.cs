using System.Text.Json;
using IprArchive.Search.Querying;

namespace IprArchive.Search.Tests;

/// <summary>
/// tests/fixtures/query-repair/cases.json, also read by tests/search-client/query-repair.test.js:
/// both engines must mend a query into the same text, or refuse it with the same message.
/// </summary>
public sealed class QueryRepairTests
{
    public static TheoryData<string, string?, bool, string?> Cases()
    {
        var data = new TheoryData<string, string?, bool, string?>();
        using var json = JsonDocument.Parse(File.ReadAllText(CasesFile()));
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var input = c.TryGetProperty("repeat", out var repeat)
                ? string.Concat(Enumerable.Repeat(repeat.GetString(), c.GetProperty("times").GetInt32())) + c.GetProperty("then").GetString()
                : c.GetProperty("input").GetString()!;
            var error = c.TryGetProperty("error", out var e) ? e.GetString() : null;
            var changed = c.TryGetProperty("changed", out var ch) && ch.GetBoolean();
            data.Add(input, error is null ? ExpectedText(c) : null, changed, error);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mends_the_query_as_the_browser_does(string input, string? text, bool changed, string? error)
    {
        var result = QueryRepair.Repair(input);
        Assert.Equal(error, result.Error);
        if (error is null)
        {
            Assert.Equal(text, result.Text);
            Assert.Equal(changed, result.Changed);
        }
    }

    private static string ExpectedText(JsonElement c)
    {
        if (!c.TryGetProperty("text_repeat", out var parts)) return c.GetProperty("text").GetString()!;
        var p = parts.EnumerateArray().ToArray();
        return string.Concat(Enumerable.Repeat(p[0].GetString(), p[1].GetInt32())) + p[2].GetString()
            + string.Concat(Enumerable.Repeat(p[3].GetString(), p[4].GetInt32()));
    }

    private static string CasesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "tests", "fixtures", "query-repair", "cases.json");
            if (File.Exists(file)) return file;
        }

        throw new FileNotFoundException("tests/fixtures/query-repair/cases.json not found above " + AppContext.BaseDirectory);
    }
}
