using System.Text.Json;

namespace IprArchive.Tests.Search;

/// <summary><c>iprarchive search</c> against the index a real build kept.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class SearchCommandTests(SearchSiteFixture site)
{
    [Fact]
    public async Task A_terminal_gets_a_numbered_table_with_dates_speakers_links_and_bracketed_matches()
    {
        var result = await site.SearchAsync("trademark");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Matches(@"^\d+ results; showing 1-10\.$", lines[0].TrimEnd());
        Assert.Contains(lines, l => l.StartsWith("  1. ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(" 10. ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith(" 11. ", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^     \d{4}-\d\d-\d\d  .+  score \d+\.\d{4}$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^     /announcements/\d{4}/[^ ]+/(#[pq]-\d+)?$"));
        Assert.Contains("[trademark", result.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<mark>", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_has_the_browser_engines_shape()
    {
        var result = await site.SearchAsync("trademark", "--json", "--top", "3");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("total").GetInt32() > 3);
        Assert.Equal(3, root.GetProperty("hits").GetArrayLength());
        foreach (var hit in root.GetProperty("hits").EnumerateArray())
        {
            Assert.StartsWith("/announcements/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.NotEmpty(hit.GetProperty("title").GetString()!);
            Assert.Matches(@"^\d{4}-\d\d-\d\d$", hit.GetProperty("date").GetString());
            Assert.Equal(JsonValueKind.Array, hit.GetProperty("speakers").ValueKind);
            Assert.True(hit.GetProperty("score").GetDouble() > 0);
            Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
            Assert.Matches(@"^(#[pq]-\d+)?$", hit.GetProperty("anchor").GetString());
        }

        var facets = root.GetProperty("facets").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["speaker", "organization", "year", "plan", "topic", "language"], facets);
        Assert.False(root.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task A_former_name_is_explained_above_the_count_and_in_the_json()
    {
        var table = await site.SearchAsync("SIPO", "--top", "1");
        var json = await site.SearchAsync("SIPO", "--json", "--top", "1");

        Assert.Equal(0, table.ExitCode);
        Assert.Equal("SIPO: former name of CNIPA", table.Output.Split('\n')[0].TrimEnd());
        Assert.Matches(@"^\d+ results?; showing 1-1\.$", table.Output.Split('\n')[1].TrimEnd());
        using var parsed = JsonDocument.Parse(json.Output);
        var note = Assert.Single(parsed.RootElement.GetProperty("aliases").EnumerateArray());
        Assert.Equal("CNIPA", note.GetProperty("name").GetString());
        Assert.Equal("former name", note.GetProperty("relation").GetString());
    }

    [Fact]
    public async Task Json_has_a_timeline_with_every_year_of_the_archive_that_adds_up_to_the_total()
    {
        var result = await site.SearchAsync("patent", "--json", "--top", "1");

        using var json = JsonDocument.Parse(result.Output);
        var timeline = json.RootElement.GetProperty("timeline").EnumerateObject().ToList();
        var years = timeline.Select(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(years[0], years.Count), years);
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), timeline.Sum(p => p.Value.GetInt32()));
        Assert.Equal(json.RootElement.GetProperty("facets").GetProperty("year").GetProperty("2021").GetInt32(),
            timeline.Single(p => p.Name == "2021").Value.GetInt32());
    }

    [Fact]
    public async Task A_speaker_filter_keeps_only_that_speakers_records_and_matches_the_facet_count()
    {
        using var all = JsonDocument.Parse((await site.SearchAsync("patent", "--json")).Output);
        var expected = all.RootElement.GetProperty("facets").GetProperty("speaker").GetProperty("Shen Changyu").GetInt32();

        var result = await site.SearchAsync("patent", "--json", "--top", "100", "--speaker", "Shen Changyu");

        using var filtered = JsonDocument.Parse(result.Output);
        Assert.Equal(expected, filtered.RootElement.GetProperty("total").GetInt32());
        Assert.All(filtered.RootElement.GetProperty("hits").EnumerateArray(), hit =>
            Assert.Contains("Shen Changyu", hit.GetProperty("speakers").EnumerateArray().Select(s => s.GetString())));
    }

    [Fact]
    public async Task From_and_to_keep_dates_inside_the_range_inclusive_and_date_sort_is_newest_first()
    {
        var result = await site.SearchAsync("patent", "--json", "--top", "100", "--from", "2019-01-01", "--to", "2021-12-31", "--sort", "date");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var dates = json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString()!).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2019-01-01"), 0, int.MaxValue));
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2021-12-31"), int.MinValue, 0));
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task A_malformed_query_is_a_friendly_error_and_exit_code_1()
    {
        var table = await site.SearchAsync("patent AND");
        var json = await site.SearchAsync("patent~2", "--json");

        Assert.Equal(1, table.ExitCode);
        Assert.StartsWith("error: ", table.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", table.Error, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        using var parsed = JsonDocument.Parse(json.Output);
        Assert.False(string.IsNullOrWhiteSpace(parsed.RootElement.GetProperty("error").GetString()));
        Assert.Equal(0, parsed.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("\"real economy", "\"real economy\"", "/announcements/2017/")]
    [InlineData("(Brexit", "(Brexit)", "/announcements/2020/")]
    public async Task An_unclosed_quote_or_parenthesis_finds_the_records_and_says_what_was_searched(string typed, string understood, string url)
    {
        var table = await site.SearchAsync(typed);
        var json = await site.SearchAsync(typed, "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Equal($"Showing results for {understood}", table.Output.Split('\n')[0].TrimEnd());
        using var parsed = JsonDocument.Parse(json.Output);
        Assert.Equal(understood, parsed.RootElement.GetProperty("understood").GetString());
        Assert.Contains(parsed.RootElement.GetProperty("hits").EnumerateArray(), h => h.GetProperty("url").GetString()!.StartsWith(url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thirty_thousand_nested_parentheses_give_the_limit_message_and_exit_1()
    {
        var result = await site.SearchAsync(new string('(', 30_000));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: This search is too long (30,000 characters): the limit is 1,000.", result.Error.Trim());
    }

    [Theory]
    [InlineData("--from", "2021-13-01")]
    [InlineData("--to", "yesterday")]
    [InlineData("--top", "0")]
    [InlineData("--sort", "alphabetical")]
    public async Task A_bad_option_value_is_a_usage_error(string option, string value)
    {
        var result = await site.SearchAsync("patent", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output.Trim());
    }

    [Fact]
    public async Task An_output_folder_without_an_index_says_to_build_first()
    {
        var result = await Infrastructure.CliRunner.RunAsync("search", "patent", "--index", Path.Combine(Path.GetTempPath(), "no-such-site-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("run 'iprarchive build", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_results_says_so()
    {
        var result = await site.SearchAsync("zzyzx");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No results.", result.Output.Trim());
    }
}
