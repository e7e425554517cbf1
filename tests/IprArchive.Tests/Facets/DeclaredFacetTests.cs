using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IprArchive.Content;
using IprArchive.Facets;
using IprArchive.Pipelines;
using IprArchive.Search.Pipelines;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Facets;

/// <summary>
/// A facet declared once, in the test (a country, from the record's organisations), and nowhere
/// else: the site gets its section and archive pages, the Lucene index and the command line count
/// it, and the browser engine, reading it from the manifest, counts the same.
/// </summary>
public sealed class DeclaredFacetTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> CountryOfOrganization = new(StringComparer.Ordinal)
    {
        ["cnipa"] = "China",
        ["wipo"] = "Switzerland",
    };

    private static readonly Facet Country = new()
    {
        Key = "country",
        Field = "country",
        FieldAliases = ["countries"],
        Label = "Country",
        PluralLabel = "Countries",
        ValuesOf = a => a.Organizations.Select(o => CountryOfOrganization.GetValueOrDefault(o.Id)).OfType<string>().Distinct()
            .Select(c => new FacetValue(Slug.From(c), c)),
        Pages = new FacetPages("/countries/", "By country", 5),
    };

    private readonly TempSite _temp = new TempSite().CopyFixture("site-basic");
    private string Output => Path.Combine(_temp.Root, "output");

    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            InputDirectory = _temp.Input,
            OutputDirectory = Output,
            ThemeDirectory = Path.Combine(RepositoryPaths.Root, "theme"),
            ExtraPipelines = [SearchIndexSitePipeline.Create()],
            Facets = FacetCatalogue.Default.With(Country),
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_site_has_a_section_and_a_page_per_country_and_its_menu_links_them()
    {
        var section = Page("countries/index.html");
        Assert.Equal("Countries", section.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(section.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/countries/china/");
        Assert.Contains(section.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/countries/" && a.TextContent.Trim() == "Countries");

        // Two entries a page (the fixture's page_size): the country's records, newest first, over its pages.
        var expected = ContentLoader.Load(_temp.Input).Published.Where(a => a.Organizations.Any(o => o.Id == "cnipa"))
            .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).Select(a => a.Url).ToList();
        Assert.Equal(3, expected.Count);
        var listed = new[] { "countries/china/index.html", "countries/china/page/2/index.html" }.SelectMany(path =>
        {
            var page = Page(path);
            Assert.Equal("China", page.QuerySelector("h1 span")!.TextContent.Trim());
            return page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")?.Split('#')[0])
                .Where(h => h?.StartsWith("/announcements/", StringComparison.Ordinal) == true && h.Count(c => c == '/') > 3).Distinct();
        }).ToList();
        Assert.Equal(expected, listed!);
        Assert.True(File.Exists(Path.Combine(Output, "countries", "china", "feed.xml")));
    }

    [Fact]
    public async Task The_command_line_counts_and_filters_the_facet_it_reads_from_the_index()
    {
        var all = await CliRunner.RunAsync("search", "patent OR intellectual", "--index", Output, "--json");
        using var json = JsonDocument.Parse(all.Output);
        var countries = json.RootElement.GetProperty("facets").GetProperty("country");
        Assert.True(countries.GetProperty("China").GetInt32() > 0, all.Output);

        var filtered = await CliRunner.RunAsync("search", "patent OR intellectual", "--index", Output, "--facet", "country=China", "--json");
        using var only = JsonDocument.Parse(filtered.Output);
        Assert.Equal(countries.GetProperty("China").GetInt32(), only.RootElement.GetProperty("total").GetInt32());

        var table = await CliRunner.RunAsync("search", "patent OR intellectual", "--index", Output);
        Assert.Contains(table.Output.Split('\n'), line => line.StartsWith("Country: China (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_browser_engine_counts_the_facet_as_Lucene_does()
    {
        const string Query = "patent OR intellectual";
        var cli = await CliRunner.RunAsync("search", Query, "--index", Output, "--json");
        using var lucene = JsonDocument.Parse(cli.Output);
        var engine = Path.Combine(RepositoryPaths.Root, "src", "search-client", "index.js");
        var fetch = Path.Combine(RepositoryPaths.Root, "tests", "search-client", "fs-fetch.js");
        var script = $$"""
            import { openIndex } from {{JsonSerializer.Serialize(new Uri(engine).AbsoluteUri)}};
            import { directoryUrl, fileFetch } from {{JsonSerializer.Serialize(new Uri(fetch).AbsoluteUri)}};
            const index = await openIndex(directoryUrl({{JsonSerializer.Serialize(Path.Combine(Output, "search"))}}), { fetch: fileFetch() });
            const result = await index.search({{JsonSerializer.Serialize(Query)}});
            console.log(JSON.stringify({ facets: result.facets, labels: index.facetDeclarations.map((f) => f.label) }));
            """;
        var browser = JsonDocument.Parse(await Node(script));

        Assert.Contains("Country", browser.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var expected = lucene.RootElement.GetProperty("facets");
        var actual = browser.RootElement.GetProperty("facets");
        foreach (var facet in expected.EnumerateObject())
        {
            Assert.Equal(Counts(facet.Value), Counts(actual.GetProperty(facet.Name)));
        }

        Assert.NotEmpty(Counts(actual.GetProperty("country")));
    }

    // As pairs in name order: a JavaScript object lists keys that look like numbers (years) first, in numeric order.
    private static List<(string, int)> Counts(JsonElement counts) =>
        [.. counts.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())).OrderBy(p => p.Name, StringComparer.Ordinal)];

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    private static async Task<string> Node(string script)
    {
        using var node = Process.Start(new ProcessStartInfo("node", ["--input-type=module", "-e", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await error);
        return await output;
    }
}
