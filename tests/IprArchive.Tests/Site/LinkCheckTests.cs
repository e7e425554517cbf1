using AngleSharp.Html.Parser;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

/// <summary>Every internal href and src of the built bundled site resolves to a file in the output.</summary>
public sealed class LinkCheckTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("/iprarchive/")]
    public async Task Every_internal_link_of_the_bundled_site_resolves(string? basePath)
    {
        using var site = await BuiltSite.BuildAsync(RepositoryPaths.BundledInput, basePath);
        Assert.True(site.Result.Succeeded, site.Problems);
        var prefix = basePath ?? "/";

        var broken = BrokenLinks(site, prefix).ToList();

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken.Take(30)));
    }

    [Fact]
    public async Task Under_a_base_path_no_link_points_outside_it()
    {
        using var site = await BuiltSite.BuildAsync(RepositoryPaths.BundledInput, "/iprarchive/");

        var outside = Links(site)
            .Where(l => l.Url.StartsWith('/') && !l.Url.StartsWith("/iprarchive/", StringComparison.Ordinal))
            .Select(l => $"{l.Page}: {l.Url}")
            .ToList();

        Assert.True(outside.Count == 0, string.Join("\n", outside.Take(30)));
        Assert.Contains("https://iprarchive.example.org/iprarchive/", site.Text("/sitemap.xml"), StringComparison.Ordinal);
    }

    internal static IEnumerable<string> BrokenLinks(BuiltSite site, string basePath)
    {
        foreach (var (page, url) in Links(site))
        {
            if (url.StartsWith('#'))
            {
                // A text fragment (#q-1:~:text=…) is not part of the id: browsers strip the directive first.
                var id = Uri.UnescapeDataString(url[1..].Split(":~:")[0]);
                if (id.Length > 0 && site.Page(page).GetElementById(id) is null)
                {
                    yield return $"{page}: {url} (no such id)";
                }

                continue;
            }

            if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme != "file")
            {
                continue; // external
            }

            var path = url.Split('#', '?')[0];
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                yield return $"{page}: {url} (outside the base path {basePath})";
                continue;
            }

            var sitePath = "/" + Uri.UnescapeDataString(path[basePath.Length..]);
            if (!site.Has(sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath))
            {
                yield return $"{page}: {url}";
            }
        }
    }

    private static IEnumerable<(string Page, string Url)> Links(BuiltSite site)
    {
        var parser = new HtmlParser();
        foreach (var page in site.HtmlFiles())
        {
            var document = parser.ParseDocument(site.Text(page));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (element.LocalName == "link" && element.GetAttribute("rel") == "canonical")
                {
                    continue; // absolute by design, checked by the sitemap tests
                }

                yield return (page, url);
            }
        }
    }
}
