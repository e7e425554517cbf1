using IprArchive.Tests.Infrastructure;
using IprArchive.Tests.Site;

namespace IprArchive.Tests.Statements;

/// <summary>The bundled input built once for the statement tests.</summary>
public sealed class BundledStatementsFixture : IAsyncLifetime
{
    public BuiltSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await BuiltSite.BuildAsync(RepositoryPaths.BundledInput);

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
