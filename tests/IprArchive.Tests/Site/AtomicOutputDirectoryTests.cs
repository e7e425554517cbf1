using IprArchive.Output;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

public sealed class AtomicOutputDirectoryTests : IDisposable
{
    private readonly TempSite _temp = new();

    private string Output => Path.Combine(_temp.Root, "output");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Nothing_appears_in_the_output_until_commit()
    {
        using var output = AtomicOutputDirectory.Begin(Output, []);
        await output.WriteTextAsync("a/index.html", "new");

        Assert.False(Directory.Exists(Output));
        output.Commit();
        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "a", "index.html")));
    }

    [Fact]
    public async Task A_build_that_does_not_commit_leaves_the_previous_output_and_no_litter()
    {
        await BuildAsync(("index.html", "old"));

        using (var failed = AtomicOutputDirectory.Begin(Output, []))
        {
            await failed.WriteTextAsync("index.html", "half-written");
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(_temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_rebuild_removes_stale_files()
    {
        await BuildAsync(("old-page/index.html", "x"), ("index.html", "1"));
        await BuildAsync(("index.html", "2"));

        Assert.False(File.Exists(Path.Combine(Output, "old-page", "index.html")));
        Assert.Equal("2", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("a/./b.html")]
    [InlineData("C:/windows/x.html")]
    [InlineData("a//b.html")]
    [InlineData("")]
    public async Task Paths_that_would_leave_the_output_are_refused(string path)
    {
        using var output = AtomicOutputDirectory.Begin(Output, []);

        await Assert.ThrowsAsync<UnsafeSitePathException>(() => output.WriteTextAsync(path, "x"));
        Assert.False(File.Exists(Path.Combine(_temp.Root, "escape.html")));
    }

    [Fact]
    public async Task Two_outputs_for_one_path_are_an_error()
    {
        using var output = AtomicOutputDirectory.Begin(Output, []);
        await output.WriteTextAsync("a/index.html", "1");

        await Assert.ThrowsAsync<DuplicateOutputException>(() => output.WriteTextAsync("A/index.html", "2"));
    }

    [Fact]
    public void A_folder_with_files_the_build_did_not_write_is_refused()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "precious.txt"), "keep me");

        Assert.Throws<OutputDirectoryRefusedException>(() => AtomicOutputDirectory.Begin(Output, []));
        Assert.True(File.Exists(Path.Combine(Output, "precious.txt")));
    }

    [Fact]
    public void An_output_folder_that_contains_or_lies_inside_the_input_is_refused()
    {
        var input = Path.Combine(_temp.Root, "site", "input");
        Directory.CreateDirectory(input);

        Assert.Throws<OutputDirectoryRefusedException>(() => AtomicOutputDirectory.Begin(Path.Combine(_temp.Root, "site"), [input]));
        Assert.Throws<OutputDirectoryRefusedException>(() => AtomicOutputDirectory.Begin(input, [input]));
        Assert.Throws<OutputDirectoryRefusedException>(() => AtomicOutputDirectory.Begin(Path.Combine(input, "output"), [input]));
    }

    [Fact]
    public async Task Litter_of_a_killed_build_is_cleaned_and_the_old_output_kept()
    {
        await BuildAsync(("index.html", "old"));
        // What a build killed mid-way leaves: a staging folder of a process that no longer runs.
        var abandoned = Path.Combine(_temp.Root, ".output.staging-999999999-deadbeef");
        Directory.CreateDirectory(abandoned);
        File.WriteAllText(Path.Combine(abandoned, "index.html"), "half");

        Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        await BuildAsync(("index.html", "new"));

        Assert.False(Directory.Exists(abandoned));
        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public async Task An_interrupted_fallback_swap_is_repaired_on_the_next_build()
    {
        await BuildAsync(("index.html", "old"));
        // Killed between the two renames of the fallback swap: only the retired folder is left.
        Directory.Move(Output, Path.Combine(_temp.Root, ".output.retired-0123"));

        using (AtomicOutputDirectory.Begin(Output, []))
        {
            Assert.Equal("old", File.ReadAllText(Path.Combine(Output, "index.html")));
        }
    }

    private async Task BuildAsync(params (string Path, string Text)[] files)
    {
        using var output = AtomicOutputDirectory.Begin(Output, []);
        foreach (var (path, text) in files)
        {
            await output.WriteTextAsync(path, text);
        }

        output.Commit();
    }
}
