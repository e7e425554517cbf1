using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>The bundled input builds into every page type, with no broken internal link.</summary>
public sealed class BundledSiteTests
{
    [Fact]
    public async Task Bundled_input_builds_every_page_type()
    {
        using var site = await BuiltSite.BuildAsync(RepositoryPaths.BundledInput);

        Assert.True(site.Result.Succeeded, site.Problems);
        foreach (var path in new[] { "/index.html", "/404.html", "/robots.txt", "/sitemap.xml", "/feed.xml", "/feed.json", "/search/index.html", "/speakers/index.html", "/organizations/index.html", "/plans/index.html", "/topics/index.html", "/announcements/index.html", "/assets/css/site.css", "/assets/js/site.js", "/assets/img/favicon.svg" })
        {
            Assert.True(site.Has(path), $"missing {path}");
        }
    }
}
