using System.Text.Json;
using System.Text.RegularExpressions;
using IprArchive.Markdown;
using IprArchive.Search.Querying;
using IprArchive.Statements;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Search;

/// <summary>The SearchIndex pipeline inside a real <c>iprarchive build</c> of the bundled site.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed partial class SearchIndexPipelineTests(SearchSiteFixture site)
{
    private int Published => site.Content.Announcements.Count(a => !a.Excluded);

    /// <summary>Each published record's document plus one sub-document per quotation.</summary>
    private int Documents => Published + site.Content.Announcements.Where(a => !a.Excluded)
        .Sum(a => RecordQuotations.Of(a, new MarkdownRenderer().Render(a.Body.Read())).Count);

    [Fact]
    public void The_build_reports_the_search_index_and_exports_a_manifest_for_every_published_record_and_quotation()
    {
        Assert.True(site.Build.ExitCode == 0, site.Build.Output + site.Build.Error);
        Assert.Contains("SearchIndex", site.Build.Output, StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(File.ReadAllText(site.PathOf("/search/manifest.json")));
        Assert.Equal(Documents, manifest.RootElement.GetProperty("docCount").GetInt32());
        Assert.True(File.Exists(site.PathOf("/search/" + manifest.RootElement.GetProperty("columns").GetProperty("values").GetString())));
    }

    [Fact]
    public void The_search_page_is_still_the_page_and_not_overwritten_by_the_export()
    {
        var html = File.ReadAllText(site.PathOf("/search/index.html"));
        Assert.Contains("id=\"site-search-form\"", html, StringComparison.Ordinal);
        Assert.Contains("/assets/js/search-page.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_browser_engine_is_shipped_byte_for_byte()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "search-client"), "*.js");
        Assert.Contains(sources, s => s.EndsWith("index.js", StringComparison.Ordinal));
        foreach (var source in sources)
        {
            var shipped = site.PathOf("/assets/search/" + Path.GetFileName(source));
            Assert.True(File.Exists(shipped), $"{shipped} is missing");
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(shipped));
        }
    }

    [Fact]
    public void The_index_is_kept_in_the_outputs_private_folder_only()
    {
        var privateFolder = Path.Combine(site.Output, ".iprarchive") + Path.DirectorySeparatorChar;
        Assert.True(Directory.Exists(site.IndexDirectory));
        Assert.StartsWith(privateFolder, site.IndexDirectory, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "segments*", SearchOption.AllDirectories), f => !f.StartsWith(privateFolder, StringComparison.Ordinal));
        Assert.DoesNotContain(".iprarchive", File.ReadAllText(site.PathOf("sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_acronym_finds_the_records_of_the_organisation_under_its_new_name()
    {
        var cnipa = site.Content.Announcements.Where(a => !a.Excluded && a.Organizations.Any(o => o.Id == "cnipa")).Select(a => a.Url).ToHashSet();
        Assert.NotEmpty(cnipa);
        using var service = SearchService.Open(site.IndexDirectory);

        var byField = service.Search(new SearchRequest { Query = "org:SIPO", PageSize = 1000 });
        var anywhere = service.Search(new SearchRequest { Query = "SIPO", PageSize = 1000 });

        Assert.Equal(cnipa.Order(), byField.Hits.Select(h => h.Url).Order());
        Assert.Superset(cnipa, anywhere.Hits.Select(h => h.Url).ToHashSet());
        Assert.Equal(cnipa.Count, byField.Facets["organization"]["CNIPA"]);
    }

    [Fact]
    public void Every_hit_links_to_the_paragraph_that_holds_the_query_word()
    {
        using var service = SearchService.Open(site.IndexDirectory);
        var hits = service.Search(new SearchRequest { Query = "trademark", PageSize = 100 }).Hits.Where(h => h.Snippet.Contains("<mark>", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hits);

        foreach (var hit in hits)
        {
            var page = File.ReadAllText(site.PathOf(hit.Url + "index.html"));
            var paragraph = Regex.Match(page, $"<(p|li)[^>]*id=\"{hit.Anchor.TrimStart('#')}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
            Assert.True(paragraph.Success, $"{hit.Url}{hit.Anchor} has no such paragraph");
            Assert.Contains("trademark", paragraph.Groups[2].Value, StringComparison.OrdinalIgnoreCase);
        }
    }
}
