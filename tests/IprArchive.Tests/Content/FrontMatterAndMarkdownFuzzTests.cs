using System.Diagnostics;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using IprArchive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace IprArchive.Tests.Content;

/// <summary>
/// Property test over what a pull request controls: random front matter (known and unknown keys,
/// YAML oddities) and Markdown (nesting, HTML, quotation marks, huge repeats). For every record,
/// `check` ends with exit 0 or 1 and prints only diagnostics that name a file under the input,
/// never an exception; and a record `check` calls clean also builds. Runs for a bounded time:
/// IPRARCHIVE_FUZZ_SECONDS, else 60 s under CI (CI=true) and 10 s elsewhere.
/// </summary>
public sealed class FrontMatterAndMarkdownFuzzTests(ITestOutputHelper log)
{
    private const string RecordPath = "announcements/2021/2021-07-08-fuzz.md";
    private static readonly string Theme = Path.Combine(RepositoryPaths.Root, "theme");

    private static readonly string[] Keys =
        ["title", "date", "speakers", "event", "plan_period", "topics", "language", "source", "summary", "slug",
         "excluded", "redirect_from", "layout", "titel", "Title", "date ", "speakers\u200B", "\u202Etitle", "x"];

    private static readonly string[] Scalars =
        ["WIPO opens", "\"quoted: value\"", "'single'", "2021-07-08", "2021-02-30", "2099-01-01", "July 8, 2021",
         "2021-07-08T10:00:00+08:00", "true", "maybe", "null", "~", "", " ", "&a x", "*a", "!!binary aGk=", "!custom x",
         "[a, b]", "{a: 1}", "[", "{", "\"unterminated", "a: b: c", "- item", "|", ">", "|-\n  block\n  text",
         "Shen Changyu, Gan Shaoning", "shen-changyu", "daren-tang", "../../etc/passwd", "/feed.xml", "/search/",
         "https://www.wipo.int/", "javascript:alert(1)", "<script>alert(1)</script>", "{{ site.title }}", "{% raw %}",
         "国家知识产权局", "\u202Egnp.exe", "zero\u200Bwidth", "\t tab", "\u0000nul", "\uFEFFbom", "en", "zh-Hans", "x-",
         "announcement", "redirect", "default", new string('a', 300), new string('知', 150), "0", "-1", "1e400", ".nan"];

    private static readonly string[] MarkdownPieces =
        ["> ", "- ", "* ", "1. ", "# ", "## H", "*", "**", "_", "~~", "`", "```", "[", "]", "(", ")", "](/x)", "![i](https://t.example/p.png)",
         "<div class=\"toast\">", "</div>", "<a class=\"anchor-link\" href=\"https://evil.example/\">x</a>", "<script>", "<svg onload=alert(1)>",
         "<img src=x onerror=alert(1)>", "|a|b|\n|-|-|\n|1|2|", "[^1]", "[^1]: note", "\"", "“", "”", "「", "」", "— Shen Changyu",
         "said Gan.", " ", "\n", "\n\n", "\t", "&amp;", "&#0;", "\\", "---", "===", "https://www.wipo.int/", "国家", "\u202E", "\u0000"];

    [Fact]
    public async Task Any_front_matter_and_markdown_ends_in_diagnostics_with_a_path_never_a_crash()
    {
        var budget = TimeSpan.FromSeconds(Seconds());
        var clock = Stopwatch.StartNew();
        var cases = 0;
        var builds = 0;
        var failures = new List<string>();
        using var site = new TempSite().CopyFixture("check-valid-minimal");
        var record = Path.Combine(site.Input, RecordPath);
        while (clock.Elapsed < budget && failures.Count == 0)
        {
            var sample = Gen.Sample(Record(), 20);
            foreach (var text in sample)
            {
                cases++;
                File.WriteAllText(record, text);
                if (await ProblemWithAsync(site, build: cases % 10 == 0, () => builds++) is { } problem)
                {
                    failures.Add($"{problem}\n--- record (also in {FailureFile}) ---\n{text}");
                    File.WriteAllText(FailureFile, text);
                    break;
                }
            }
        }

        log.WriteLine($"{cases} records in {clock.Elapsed.TotalSeconds:0} s ({builds} of them also built when check was clean)");
        Assert.True(failures.Count == 0, failures.FirstOrDefault());
    }

    private static string FailureFile => Path.Combine(Path.GetTempPath(), "iprarchive-fuzz-failure.md");

    private static double Seconds() =>
        double.TryParse(Environment.GetEnvironmentVariable("IPRARCHIVE_FUZZ_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s
        : Environment.GetEnvironmentVariable("CI") is "true" ? 60 : 10;

    /// <summary>What is wrong with how check (and maybe build) handled the current record, or null.</summary>
    private static async Task<string?> ProblemWithAsync(TempSite site, bool build, Action countBuild)
    {
        var check = await CliRunner.RunAsync("check", "--input", site.Input, "--format", "json");
        if (check.ExitCode is not (0 or 1) || check.Error.Length > 0)
        {
            return $"check exited {check.ExitCode}: {check.Error}";
        }

        using var json = JsonDocument.Parse(check.Output);
        foreach (var d in json.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var file = d.GetProperty("file").GetString() ?? "";
            if (!file.StartsWith(site.Input + "/", StringComparison.Ordinal) || d.GetProperty("line").GetInt32() < 1)
            {
                return $"diagnostic without a location in the input: {d}";
            }
        }

        if (build && check.ExitCode == 0)
        {
            countBuild();
            var output = Path.Combine(site.Root, "out");
            var built = await CliRunner.RunAsync("build", "--input", site.Input, "--output", output, "--theme", Theme, "-v", "q");
            if (built.ExitCode != 0)
            {
                return $"check was clean but build failed: {built.Error}";
            }
        }

        return null;
    }

    // Half the records have valid required keys, so that bodies and optional keys reach the build.
    private static Gen<string> Record() =>
        from valid in Gen.Elements(true, false)
        from entries in Entry().ListOf()
        from extra in OptionalEntry().ListOf()
        from body in Body()
        from closed in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        select "---\n" + (valid ? ValidHead + string.Concat(extra.DistinctBy(e => e.Split(':')[0])) : string.Concat(entries)) + (closed ? "---\n" : "") + body;

    private const string ValidHead = "title: Fuzz\ndate: 2021-07-08\nspeakers: [daren-tang]\n";

    private static Gen<string> OptionalEntry() =>
        from key in Gen.Elements("event", "topics", "summary", "language", "redirect_from", "excluded", "plan_period")
        from value in Gen.Elements(Scalars)
        select $"{key}: {value}\n";

    private static Gen<string> Entry() =>
        from key in Gen.Elements(Keys)
        from value in Value(2)
        select $"{key}:{(value.StartsWith('\n') ? "" : " ")}{value}\n";

    private static Gen<string> Value(int depth) =>
        depth == 0
            ? Gen.Elements(Scalars)
            : Gen.OneOf(
                Gen.Elements(Scalars),
                Value(depth - 1).ListOf().Select(items => string.Concat(items.Select(i => "\n  - " + i.Replace("\n", "\n    ", StringComparison.Ordinal)))),
                from key in Gen.Elements(Keys)
                from inner in Value(depth - 1)
                select $"\n  {key}: {inner.Replace("\n", "\n  ", StringComparison.Ordinal)}");

    private static Gen<string> Body() =>
        from pieces in Piece().ListOf()
        select string.Concat(pieces);

    private static Gen<string> Piece() =>
        Gen.Frequency(
            (8, Gen.Elements(MarkdownPieces)),
            (1, from piece in Gen.Elements(MarkdownPieces)
                from count in Gen.Choose(50, 3000)
                select string.Concat(Enumerable.Repeat(piece, count))));
}
