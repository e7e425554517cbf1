namespace IprArchive.Tests.Site;

/// <summary>The site-basic fixture, built once for all tests of a class.</summary>
public sealed class BasicSiteFixture : IAsyncLifetime
{
    public BuiltSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await BuiltSite.BuildFixtureAsync("site-basic");

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
