using IprArchive.Cli.Console;
using IprArchive.Diagnostics;
using IprArchive.Output;
using IprArchive.Pipelines;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;
using IprArchive.Rendering;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>
/// A bug that surfaces while one record is processed is reported at that record (file, line of
/// its body), with the exception's type and message, and its stack trace only at <c>-v diag</c>.
/// </summary>
public sealed class FailureDiagnosticsTests : IDisposable
{
    private const string Broken = "announcements/2020/2020-04-23-gurry-covid.md";
    private readonly TempSite _temp = new TempSite().CopyFixture("site-basic");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_module_failing_on_one_record_names_the_record_and_keeps_the_stack_trace()
    {
        Assert.True(File.Exists(Path.Combine(_temp.Input, Broken)), "fixture record moved");
        var options = new BuildOptions
        {
            InputDirectory = _temp.Input,
            OutputDirectory = Path.Combine(_temp.Root, "out"),
            ExtraPipelines = [FailingOn(Broken)],
        };

        var result = await SiteBuilder.BuildAsync(options);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Codes.ModuleFailed.Code, Broken), (error.Code, error.File));
        Assert.Equal(BodyLineOf(Broken), error.Line);
        Assert.Contains("InvalidOperationException: the broken part", error.Message, StringComparison.Ordinal);
        Assert.Contains("Checking pipeline", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(FailingModule), error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stack_trace_is_printed_only_when_asked_for()
    {
        var error = new Diagnostic("IPR200", Severity.Error, Broken, 9, 1, "the Checking pipeline failed") { Detail = "System.InvalidOperationException: boom\n   at Somewhere.Deep()" };

        var normal = Print(error, withDetails: false);
        var diag = Print(error, withDetails: true);

        Assert.Contains($"input/{Broken}:9:1: error IPR200: the Checking pipeline failed", normal, StringComparison.Ordinal);
        Assert.DoesNotContain("Somewhere.Deep", normal, StringComparison.Ordinal);
        Assert.Contains("    at Somewhere.Deep()", diag, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_that_throws_is_not_reported_as_a_template_error()
    {
        var theme = Path.Combine(_temp.Root, "theme");
        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        File.WriteAllText(Path.Combine(theme, "layouts", "page.liquid"), "<p>{{ broken }}</p>");
        var renderer = new TemplateRenderer(new ThemeFiles(theme, null), new SiteUrls("https://x.example/"));

        var thrown = Assert.Throws<InvalidOperationException>(() => renderer.RenderPage("page", new ThrowingModel(), withShell: false));

        Assert.Equal("not set yet", thrown.Message);
    }

    [Fact]
    public void Metadata_of_another_type_is_an_error_not_a_missing_value()
    {
        var document = new Document { Source = "a.md" }.With(new MetadataKey<string>("shared"), "text");

        var thrown = Assert.Throws<InvalidCastException>(() => document.Get(new MetadataKey<int?>("shared")));

        Assert.Contains("'shared'", thrown.Message, StringComparison.Ordinal);
        Assert.Null(document.Get(new MetadataKey<string>("absent")));
    }

    public sealed class ThrowingModel(string? broken = null)
    {
        public string Broken => broken ?? throw new InvalidOperationException("not set yet");
    }

    private int BodyLineOf(string record) =>
        IprArchive.Content.ContentLoader.Load(_temp.Input).Announcements.Single(a => a.SourcePath == record).BodyLine;

    private static string Print(Diagnostic diagnostic, bool withDetails)
    {
        using var output = new StringWriter();
        new DiagnosticPrinter(output, "input", DiagnosticFormat.Text) { WithDetails = withDetails }.Print([diagnostic], "1 error(s).");
        return output.ToString();
    }

    private static Pipeline FailingOn(string record)
    {
        var pipeline = new Pipeline("Checking");
        pipeline.Dependencies.Add(SitePipelines.Inputs);
        pipeline.Process.Add(new ReadInputs());
        pipeline.Process.Add(new FailingModule(record));
        return pipeline;
    }

    private sealed class ReadInputs : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
            Task.FromResult(context.OutputsOf(SitePipelines.Inputs));
    }

    private sealed class FailingModule(string record) : ParallelModule
    {
        protected override IEnumerable<Document> Map(Document input, PipelineContext context) =>
            input.Source == record ? throw new InvalidOperationException("the broken part") : [input];
    }
}
