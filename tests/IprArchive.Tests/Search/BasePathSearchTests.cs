using IprArchive.Pipelines;
using IprArchive.Search.Pipelines;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Search;

/// <summary>A site served under a base path (GitHub Pages' /repo/) loads its search from there.</summary>
public sealed class BasePathSearchTests
{
    [Fact]
    public async Task The_search_page_finds_its_engine_and_index_under_the_base_path()
    {
        using var temp = new TempSite();
        var output = Path.Combine(temp.Root, "output");
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            InputDirectory = RepositoryPaths.BundledInput,
            OutputDirectory = output,
            ThemeDirectory = Path.Combine(RepositoryPaths.Root, "theme"),
            BasePath = "/archive/",
            ExtraPipelines = [SearchIndexSitePipeline.Create()],
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "search", "index.html")));

        Assert.Equal("/archive/", page.QuerySelector("#site-search-results")!.GetAttribute("data-base-path"));
        Assert.Equal("/archive/search/", page.QuerySelector("#site-search-form")!.GetAttribute("action"));
        var script = page.QuerySelector("script[type=module]")!.GetAttribute("src")!;
        Assert.Equal("/archive/assets/js/search-page.js", script);
        // The page imports the engine relative to itself, so both resolve under the base path.
        Assert.Contains("from '../search/index.js'", File.ReadAllText(Path.Combine(output, "assets", "js", "search-page.js")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "assets", "search", "index.js")));
        Assert.True(File.Exists(Path.Combine(output, "search", "manifest.json")));
    }
}
