using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Content;

/// <summary>Check cases that are built at test time: symlinks, very large files, strict mode, output formats.</summary>
public sealed class CheckEdgeCaseTests
{
    private const string Record = "announcements/2021/2021-07-08-opening.md";

    [Fact]
    public async Task Symlink_out_of_the_input_folder_is_an_error()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        var outside = Path.Combine(site.Root, "secret.md");
        File.WriteAllText(outside, "---\ntitle: secret\n---\n\nsecret\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "announcements", "2021", "2021-07-09-link.md"), outside);

        var result = await CliRunner.RunAsync("check", "--input", site.Input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{site.Input}/announcements/2021/2021-07-09-link.md:1:1: error IPR022:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Symlink_inside_the_input_folder_is_followed()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        File.CreateSymbolicLink(Path.Combine(site.Input, "alias-data"), Path.Combine(site.Input, "data"));

        var result = await CliRunner.RunAsync("check", "--input", site.Input);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Five_megabyte_record_is_valid()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        var paragraph = string.Concat(Enumerable.Repeat("The office granted more patents than ever before. ", 20)) + "\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, 5 * 1024 * 1024 / paragraph.Length));
        site.Write(Record, File.ReadAllText(Path.Combine(site.Input, Record)) + body);

        var result = await CliRunner.RunAsync("check", "--input", site.Input);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 records checked: 0 errors", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_record_is_refused_without_reading_it()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        using (var stream = File.OpenWrite(Path.Combine(site.Input, Record)))
        {
            stream.SetLength(17 * 1024 * 1024);
        }

        var result = await CliRunner.RunAsync("check", "--input", site.Input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(":1:1: error IPR008: file is 17 MiB; the limit is 16 MiB", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_turns_registry_warnings_into_errors()
    {
        var input = Path.Combine(RepositoryPaths.Fixture("check-unknown-entities"), "input");

        var lenient = await CliRunner.RunAsync("check", "--input", input);
        var strict = await CliRunner.RunAsync("check", "--input", input, "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning IPR030: speaker 'Changyu Shen' is not in the registry; did you mean 'Shen Changyu' (the same name in another order)?", lenient.Output, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Daren Tang' (a likely misspelling)?", lenient.Output, StringComparison.Ordinal);
        Assert.Contains("did you mean 'China National Intellectual Property Administration (CNIPA)' (a likely misspelling)?", lenient.Output, StringComparison.Ordinal);
        Assert.Contains("did you mean 'World Intellectual Property Organization (WIPO)' (a likely misspelling)?", lenient.Output, StringComparison.Ordinal);
        Assert.Contains("did you mean '14th Five-Year Plan (2021-2025)'", lenient.Output, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error IPR030", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Github_format_prints_workflow_annotations()
    {
        var input = Path.Combine(RepositoryPaths.Fixture("check-impossible-date"), "input");

        var result = await CliRunner.RunAsync("check", "--input", input, "--format", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"::error file={input.Replace(":", "%3A", StringComparison.Ordinal)}/{Record},line=3,col=7,title=IPR013::'date' 2021-02-30 is not a calendar date: February 2021 has 28 days", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_errors_exit_with_2()
    {
        var badOption = await CliRunner.RunAsync("check", "--no-such-option");
        var badFormat = await CliRunner.RunAsync("check", "--format", "xml");
        var missingFolder = await CliRunner.RunAsync("check", "--input", "/no/such/folder");

        Assert.Equal(2, badOption.ExitCode);
        Assert.Equal(2, badFormat.ExitCode);
        Assert.Equal(2, missingFolder.ExitCode);
        Assert.Contains("does not exist", missingFolder.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bundled_records_check_clean_under_strict()
    {
        var result = await CliRunner.RunAsync("check", "--input", RepositoryPaths.BundledInput, "--strict");

        Assert.True(result.ExitCode == 0, result.Output);
        var records = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.BundledInput, "announcements"), "*.md", SearchOption.AllDirectories).Count();
        Assert.Contains($"{records} records checked: 0 errors, 0 warnings.", result.Output, StringComparison.Ordinal);
    }
}
