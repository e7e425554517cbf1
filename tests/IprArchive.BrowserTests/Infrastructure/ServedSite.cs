using System.Net;
using IprArchive.Cli.Preview;
using IprArchive.Pipelines;
using IprArchive.Search.Pipelines;
using Microsoft.Playwright;

namespace IprArchive.Tests.Infrastructure;

/// <summary>
/// A site built from an input folder into a temporary output, served on a free loopback port,
/// with a Chromium instance to look at it. Shared by the tests of a collection.
/// </summary>
public class ServedSite : IAsyncLifetime
{
    private readonly TempSite _temp = new();
    private PreviewServer? _server;
    private IPlaywright? _playwright;

    /// <summary>The built site's folder.</summary>
    public string Output => Path.Combine(_temp.Root, "output");

    /// <summary>The root URL of the served site.</summary>
    public Uri Address => _server!.Address;

    /// <summary>The browser.</summary>
    public IBrowser Chromium { get; private set; } = null!;

    /// <summary>The input folder to build; the bundled site by default.</summary>
    protected virtual string InputDirectory => RepositoryPaths.BundledInput;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            InputDirectory = InputDirectory,
            OutputDirectory = Output,
            ThemeDirectory = Path.Combine(RepositoryPaths.Root, "theme"),
            BasePath = "/",
            ExtraPipelines = [SearchIndexSitePipeline.Create()],
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Build failed:\n" + string.Join('\n', result.Diagnostics));
        }

        _server = await PreviewServer.StartAsync(Output, IPAddress.Loopback, 0);
        _playwright = await Playwright.CreateAsync();
        Chromium = await Browser.LaunchAsync(_playwright);
    }

    /// <summary>A new page (tab) with its own context; JavaScript on or off.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });

        // CI runs the test assemblies side by side on two cores: allow for a slow machine.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>The absolute URL of a site path.</summary>
    public string Url(string sitePath) => new Uri(Address, sitePath.TrimStart('/')).ToString();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _temp.Dispose();
    }
}

/// <summary>The bundled site, shared by the browser tests.</summary>
[CollectionDefinition(Name)]
public sealed class BundledSiteCollection : ICollectionFixture<ServedSite>
{
    public const string Name = "bundled site";
}
