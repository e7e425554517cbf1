namespace IprArchive.Tests.Site;

/// <summary>The site-pages fixture (record, people, plan, topic and about pages), built once for all tests of a class.</summary>
public sealed class PagesSiteFixture : IAsyncLifetime
{
    public BuiltSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await BuiltSite.BuildFixtureAsync("site-pages");

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
