using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>Long lists link the first and last pages and those near the reader's, not every page.</summary>
public sealed class PaginationTests
{
    [Fact]
    public async Task A_long_list_links_the_ends_and_two_pages_either_side_with_a_gap_mark_between()
    {
        // The bundled site with one record a page: Shen Changyu's ten records make ten pages.
        using var temp = new TempSite().CopyInputFrom(RepositoryPaths.BundledInput);
        var settings = Path.Combine(temp.Input, "settings.yml");
        File.WriteAllLines(settings, File.ReadAllLines(settings).Select(l => l.StartsWith("page_size:", StringComparison.Ordinal) ? "page_size: 1" : l));
        using var site = await BuiltSite.BuildAsync(temp.Input);
        Assert.True(site.Result.Succeeded, site.Problems);

        var middle = site.Page("/speakers/shen-changyu/page/5/").QuerySelector("nav.pagination")!;
        var first = site.Page("/speakers/shen-changyu/").QuerySelector("nav.pagination")!;

        Assert.Equal(["Newer", "1", "…", "3", "4", "5", "6", "7", "…", "10", "Older"], middle.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal("5", middle.QuerySelector("a[aria-current=page]")!.TextContent);
        Assert.Equal("/speakers/shen-changyu/page/10/", middle.QuerySelectorAll("a:not([rel])")[^1].GetAttribute("href"));
        Assert.Equal(["1", "2", "3", "…", "10", "Older"], first.QuerySelectorAll("li").Select(li => li.TextContent));
    }
}
