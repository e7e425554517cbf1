using IprArchive.Content.Registries;
using IprArchive.Diagnostics;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Cli;

public sealed class NewCommandTests
{
    public static TheoryData<string, string> EverySpeakerForm()
    {
        var registry = RegistryLoader.Load(RepositoryPaths.BundledInput, new DiagnosticBag());
        var data = new TheoryData<string, string>();
        foreach (var speaker in registry.Speakers.All)
        {
            foreach (var form in speaker.Aliases.Prepend(speaker.Name).Prepend(speaker.Id))
            {
                data.Add(speaker.Id, form);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySpeakerForm))]
    public async Task New_record_passes_strict_check_for_every_registered_speaker_form(string id, string form)
    {
        using var site = new TempSite();
        CopyBundledRegistries(site);

        var created = await CliRunner.RunAsync("new", "Remarks on \"quality\": a test", "--speaker", form, "--date", "2019-03-04",
            "--topic", "patents", "--input", site.Input);
        var check = await CliRunner.RunAsync("check", "--input", site.Input, "--strict");

        Assert.Equal(0, created.ExitCode);
        var path = created.Output.Trim();
        Assert.EndsWith("announcements/2019/2019-03-04-remarks-on-quality-a-test.md", path, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.Output);
        var record = Assert.Single(IprArchive.Content.ContentLoader.Load(site.Input).Announcements);
        Assert.Equal(id, Assert.Single(record.Speakers).Speaker.Id);
    }

    [Fact]
    public async Task New_never_overwrites_an_existing_record()
    {
        using var site = new TempSite();
        CopyBundledRegistries(site);
        string[] args = ["new", "Same title", "--speaker", "daren-tang", "--date", "2021-01-01", "--input", site.Input];
        var first = await CliRunner.RunAsync(args);
        File.AppendAllText(first.Output.Trim(), "Edited by hand.\n");

        var second = await CliRunner.RunAsync(args);

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.Error, StringComparison.Ordinal);
        Assert.EndsWith("Edited by hand.\n", File.ReadAllText(first.Output.Trim()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_speaker_stops_with_close_matches_and_how_to_add_one()
    {
        using var site = new TempSite();
        CopyBundledRegistries(site);

        var result = await CliRunner.RunAsync("new", "Title", "--speaker", "Changyu Shen", "--date", "2021-01-01", "--input", site.Input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("speaker 'Changyu Shen' is not in data/speakers.yml. Close matches: Shen Changyu", result.Error, StringComparison.Ordinal);
        Assert.Contains("append to input/data/speakers.yml", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "announcements")));
    }

    [Fact]
    public async Task Missing_arguments_without_a_terminal_are_a_usage_error()
    {
        var result = await CliRunner.RunAsync("new", "--input", RepositoryPaths.BundledInput);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("required", result.Error, StringComparison.Ordinal);
    }

    private static void CopyBundledRegistries(TempSite site)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.BundledInput, "data")))
        {
            site.Write("data/" + Path.GetFileName(file), File.ReadAllText(file));
        }
    }
}
