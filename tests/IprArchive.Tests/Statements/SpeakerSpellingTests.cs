using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Statements;

/// <summary>A speaker written in another spelling of a registered one is an error under --strict, with the suggestion; aliases accept it.</summary>
public sealed class SpeakerSpellingTests : IDisposable
{
    private const string Record = "announcements/2023/2023-07-27-hub.md";
    private readonly TempSite _temp = new TempSite().CopyFixture("site-basic");

    public void Dispose() => _temp.Dispose();

    private void WriteRecord(string speaker, string registryAliases)
    {
        _temp.Write("data/speakers.yml", File.ReadAllText(Path.Combine(_temp.Input, "data", "speakers.yml"))
            + $"- id: lee-in-sil\n  name: Lee In-sil\n  aliases: [{registryAliases}]\n  roles:\n    - role: Commissioner\n      organization: CNIPA\n");
        _temp.Write(Record, $"---\ntitle: Hub\ndate: 2023-07-27\nspeakers: [\"{speaker}\"]\nlanguage: en\n---\n\nKorea aims to be a hub.\n");
    }

    [Theory]
    [InlineData("Lee Insil")]
    [InlineData("Insil Lee")]
    [InlineData("In-sil Lee")]
    public async Task A_romanised_name_without_its_hyphen_or_reordered_is_an_error_under_strict_with_the_suggestion(string written)
    {
        WriteRecord(written, "");

        var strict = await CliRunner.RunAsync("check", "--input", _temp.Input, "--strict");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains($"{Record}:4:12: error IPR030: speaker '{written}' is not in the registry; did you mean 'Lee In-sil'", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spelling_variant_listed_as_an_alias_is_the_registered_speaker()
    {
        WriteRecord("Lee Insil", "Lee Insil");

        var strict = await CliRunner.RunAsync("check", "--input", _temp.Input, "--strict");

        Assert.DoesNotContain("IPR030", strict.Output, StringComparison.Ordinal);
        Assert.Equal(0, strict.ExitCode);
    }
}
