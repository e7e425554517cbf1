using System.Diagnostics;
using AngleSharp.Html.Parser;
using IprArchive.Markdown;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Content;

/// <summary>
/// Attacks a pull request can make with files under input/: loops, nesting bombs, theme code,
/// names that print reversed. Each must end quickly in a diagnostic naming the file.
/// </summary>
public sealed class ContributionSafetyTests
{
    private static readonly string Theme = Path.Combine(RepositoryPaths.Root, "theme");

    [Fact]
    public async Task Check_ends_quickly_on_a_symlink_loop_and_names_each_link()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "assets", "loop"), ".");
        File.CreateSymbolicLink(Path.Combine(site.Input, "assets", "up"), "..");
        var clock = Stopwatch.StartNew();

        var result = await CliRunner.RunAsync("check", "--input", site.Input).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"check took {clock.Elapsed}");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{site.Input}/assets/loop:1:1: warning IPR028:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{site.Input}/assets/up:1:1: warning IPR028:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registry_linked_to_a_device_that_never_ends_is_a_diagnostic_not_a_crash()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        var registry = Path.Combine(site.Input, "data", "speakers.yml");
        File.Delete(registry);
        File.CreateSymbolicLink(registry, "/dev/zero");

        var result = await CliRunner.RunAsync("check", "--input", site.Input).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{site.Input}/data/speakers.yml:1:1: error IPR022:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{site.Input}/data/speakers.yml:1:1: error IPR008:", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Build_ends_on_a_symlink_loop_in_the_theme_overlay()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        Directory.CreateDirectory(Path.Combine(site.Input, "theme", "assets"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "theme", "assets", "loop"), ".");

        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", Path.Combine(site.Root, "out"), "--theme", Theme)
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "out", "assets", "loop")));
    }

    [Fact]
    public async Task A_nesting_bomb_fails_the_build_at_the_record_not_with_a_crash()
    {
        using var site = new TempSite().CopyFixture("check-markdown-too-deep");

        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", Path.Combine(site.Root, "out"), "--theme", Theme);

        Assert.Equal(1, result.ExitCode);
        // The build stops at the first body it cannot render (check reports both).
        var errors = result.Error.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(site.Input)}/announcements/2021/2021-07-0(8-quotes|9-lists)\.md:9:1: error IPR026: ", e));
        Assert.DoesNotContain("IPR200", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_thousand_equal_headings_get_distinct_ids_in_linear_time()
    {
        var markdown = string.Concat(Enumerable.Repeat("## H\n\n", 20_000));
        var clock = Stopwatch.StartNew();

        var html = new MarkdownRenderer().Render(markdown).Html;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"rendering took {clock.Elapsed}");
        var ids = new HtmlParser().ParseDocument(html).QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.Equal(20_000, ids.Distinct().Count());
        Assert.Equal(["h", "h-1", "h-2"], ids.Take(3));
        Assert.Equal("h-19999", ids[^1]);
    }

    [Fact]
    public void Heading_ids_follow_github_and_skip_ids_already_taken()
    {
        var html = new MarkdownRenderer().Render("## A new plan\n\n## A new plan\n\n## A new plan 1\n\n## A new plan").Html;

        var ids = new HtmlParser().ParseDocument(html).QuerySelectorAll("h2").Select(h => h.Id);
        Assert.Equal(["a-new-plan", "a-new-plan-1", "a-new-plan-1-1", "a-new-plan-2"], ids);
    }

    [Fact]
    public async Task A_theme_override_passes_check_with_a_warning_and_fails_strict()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        site.Write("theme/assets/js/site.js", "console.log('owner change');");

        var plain = await CliRunner.RunAsync("check", "--input", site.Input);
        var strict = await CliRunner.RunAsync("check", "--input", site.Input, "--strict");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains($"{site.Input}/theme/assets/js/site.js:1:1: warning IPR024: 'theme/assets/js/site.js' changes the theme", plain.Output, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public async Task A_broken_layout_in_the_owners_overlay_fails_check_as_it_fails_the_build()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        site.Write("theme/layouts/announcement.liquid", "{% for x in %}");

        var check = await CliRunner.RunAsync("check", "--input", site.Input, "--theme", Theme);
        var build = await CliRunner.RunAsync("build", "--input", site.Input, "--output", Path.Combine(site.Root, "out"), "--theme", Theme);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("layouts/announcement.liquid:1:1: error IPR203:", check.Output, StringComparison.Ordinal);
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("layouts/announcement.liquid:1:1: error IPR203:", build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_code_outside_input_theme_fails_the_build_and_never_reaches_the_site()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        site.Write("assets/js/site.js", "document.title = 'owned';");
        var output = Path.Combine(site.Root, "out");

        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", output, "--theme", Theme);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{site.Input}/assets/js/site.js:1:1: error IPR025:", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Images_under_input_assets_are_copied_but_never_replace_a_theme_file()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        site.Write("assets/img/photo.png", "png");
        site.Write("assets/css/site.png", "png");
        var output = Path.Combine(site.Root, "out");

        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", output, "--theme", Theme);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("png", File.ReadAllText(Path.Combine(output, "assets", "img", "photo.png")));
        Assert.Equal(File.ReadAllText(Path.Combine(Theme, "assets", "js", "site.js")), File.ReadAllText(Path.Combine(output, "assets", "js", "site.js")));
    }

    [Fact]
    public async Task Diagnostics_print_bidi_zero_width_and_control_characters_escaped()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        site.Write("announcements/2021/2021-07-09-evil\u202Egnp.md", "---\ntitle: \"x\u200B\u001b[31m\"\ndate: 2021-07-09\nspeakers: [daren-tang]\nunknown\u2066: 1\n---\n\nBody.\n");

        var text = await CliRunner.RunAsync("check", "--input", site.Input);
        var json = await CliRunner.RunAsync("check", "--input", site.Input, "--format", "json");
        var github = await CliRunner.RunAsync("check", "--input", site.Input, "--format", "github");

        foreach (var output in new[] { text.Output, json.Output, github.Output })
        {
            Assert.DoesNotContain('\u202E', output);
            Assert.DoesNotContain('\u2066', output);
            Assert.DoesNotContain('\u001b', output);
        }

        Assert.Contains("2021-07-09-evil\\u{202E}gnp.md", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_output_name_is_a_usage_error()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");

        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", "", "--theme", Theme);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output needs a folder name", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_folder_problems_print_the_folder_not_a_path_under_input()
    {
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        var inside = Path.Combine(site.Input, "out");

        var result = await CliRunner.RunAsync("build", "--input", site.Input, "--output", inside, "--theme", Theme);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"\n{inside}: error IPR201:", "\n" + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(":0:0", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("//", result.Error, StringComparison.Ordinal);
    }
}
