using Deque.AxeCore.Playwright;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Site;

[Collection(BundledSiteCollection.Name)]
public sealed class AccessibilityTests(ServedSite site)
{
    public static TheoryData<string, string> Pages() => PageTypes.All();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violation_of_any_impact(string type, string path)
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.Url(path));
        Assert.NotNull(response);
        Assert.True(response.Ok || type == "not-found", $"{path} answered {response.Status}");

        var result = await page.RunAxe();

        var violations = result.Violations.ToList();
        Assert.True(violations.Count == 0, $"{type} {path}:\n" + string.Join("\n", violations.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
        await page.Context.CloseAsync();
    }
}
