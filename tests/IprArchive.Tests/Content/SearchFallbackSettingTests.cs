using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Pipelines.Views;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Content;

/// <summary>settings.yml's <c>search_fallback</c>: where a search box sends the query when the browser runs no JavaScript.</summary>
public sealed class SearchFallbackSettingTests
{
    [Theory]
    [InlineData("https://archive.github.io/ipr/", "", "duckduckgo")]
    [InlineData("https://iprarchive.example.org/", "", null)]
    [InlineData("http://localhost:5080/", "", null)]
    [InlineData("https://archive.github.io/ipr/", "search_fallback: google\n", "google")]
    [InlineData("https://archive.github.io/ipr/", "search_fallback: none\n", null)]
    [InlineData("https://iprarchive.example.org/", "search_fallback: DuckDuckGo\n", "duckduckgo")]
    public void The_engine_defaults_to_duckduckgo_for_a_published_address_only(string baseUrl, string line, string? engine)
    {
        var settings = Read($"title: T\nbase_url: {baseUrl}\n{line}", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(engine, settings.SearchFallbackEngine);
    }

    [Fact]
    public void An_unknown_engine_is_an_error_at_its_line()
    {
        Read("title: T\nsearch_fallback: bing\n", out var diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("settings.yml", 2, Severity.Error), (error.File, error.Line, error.Severity));
        Assert.Contains("duckduckgo, google, none", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fallback_restricts_to_host_and_base_path_and_the_policy_allows_only_its_origin()
    {
        var fallback = SearchFallbackView.For("duckduckgo", "https://owner.github.io/archive/")!;

        Assert.Equal(("https://duckduckgo.com/", "sites", "owner.github.io/archive"), (fallback.Action, fallback.Field, fallback.Site));
        Assert.EndsWith("form-action 'self' https://duckduckgo.com", SiteView.PolicyFor([], fallback), StringComparison.Ordinal);
        Assert.EndsWith("form-action 'self'", SiteView.PolicyFor([], null), StringComparison.Ordinal);
    }

    private static SiteSettings Read(string yaml, out IReadOnlyList<Diagnostic> diagnostics)
    {
        using var site = new TempSite();
        site.Write("settings.yml", yaml);
        var bag = new DiagnosticBag();
        var settings = SettingsReader.Read(site.Input, bag, "");
        diagnostics = bag.ToSortedList();
        return settings;
    }
}
