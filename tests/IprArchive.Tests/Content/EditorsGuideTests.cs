using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Content;

/// <summary>docs/editors.md is what editors read when check reports a code: it must explain every code and key.</summary>
public sealed class EditorsGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "editors.md"));

    [Fact]
    public void Every_diagnostic_code_is_explained()
    {
        Assert.All(Codes.All, code => Assert.Contains($"| {code.Code} |", Guide, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_front_matter_key_is_documented()
    {
        Assert.All(RecordKeys.FrontMatter, key => Assert.Contains($"| `{key}` |", Guide, StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnostic_codes_are_unique()
    {
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Code).Distinct().Count());
    }
}
