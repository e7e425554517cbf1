using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IprArchive.Cli.Preview;

/// <summary>
/// Serves a built site with Kestrel: only files under the site folder, correct content types,
/// the site's 404.html for misses, no caching. With live reload, HTML pages get a small script
/// that listens to server-sent events and reloads (or shows build errors) when told.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string EventsPath = "/__iprarchive/events";
    private const string ScriptPath = "/__iprarchive/live-reload.js";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(1);
    private readonly WebApplication _app;
    private readonly SiteFileResolver _files;
    private readonly LiveReload? _liveReload;
    private readonly RequestGuard _guard;

    private PreviewServer(WebApplication app, SiteFileResolver files, LiveReload? liveReload, RequestGuard guard)
    {
        _app = app;
        _files = files;
        _liveReload = liveReload;
        _guard = guard;
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Live-reload notifications (null when live reload is off).</summary>
    public LiveReload? LiveReload => _liveReload;

    /// <summary>Starts serving <paramref name="siteFolder"/> on <paramref name="host"/>:<paramref name="port"/> (0 = any free port).</summary>
    /// <param name="siteFolder">The built site.</param>
    /// <param name="host">The address to listen on.</param>
    /// <param name="port">The port (0 = any free port).</param>
    /// <param name="basePath">The site's base path.</param>
    /// <param name="liveReload">Whether pages reload after rebuilds.</param>
    /// <param name="anyHost">Answer to any <c>Host</c> header (the editor chose <c>--host</c>); otherwise loopback names only.</param>
    /// <param name="cancel">Stops the start.</param>
    public static async Task<PreviewServer> StartAsync(string siteFolder, IPAddress host, int port, string basePath = "/", bool liveReload = false, bool anyHost = false, CancellationToken cancel = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();

        // The command stops the server on Ctrl+C and SIGTERM itself; the host's console lifetime
        // would swallow those signals and leave the command running.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.WebHost.UseKestrel(options => options.Listen(host, port));
        var app = builder.Build();
        var server = new PreviewServer(app, new SiteFileResolver(siteFolder, basePath), liveReload ? new LiveReload() : null, new RequestGuard(!anyHost));
        app.Run(server.HandleAsync);
        await app.StartAsync(cancel);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)), basePath);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        if (context.Request.Method is not ("GET" or "HEAD"))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (!_guard.HostAllowed(context.Request))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            await response.WriteAsync("This preview answers only to localhost; start it with --host to serve other names.");
            return;
        }

        if (_liveReload is not null && await LiveReloadAsync(context))
        {
            return;
        }

        // Kestrel has decoded the path once already; decoding again would turn %2541 into 'A'.
        var path = _files.Resolve(context.Request.Path.Value ?? "/");
        if (path is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            path = _files.NotFoundPage;
            if (path is null)
            {
                return;
            }
        }

        await SendAsync(context, path);
    }

    private async Task<bool> LiveReloadAsync(HttpContext context)
    {
        if (context.Request.Path == ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(LiveReload.Script(EventsPath));
            return true;
        }

        if (context.Request.Path != EventsPath)
        {
            return false;
        }

        if (!RequestGuard.SameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return true;
        }

        await _liveReload!.StreamAsync(context);
        return true;
    }

    private async Task SendAsync(HttpContext context, string path)
    {
        var type = SiteFileResolver.ContentTypeOf(path);
        context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
        if (_liveReload is not null && type == "text/html")
        {
            var html = await File.ReadAllTextAsync(path, context.RequestAborted);
            var injected = LiveReload.Inject(html, ScriptPath);
            context.Response.ContentLength = Encoding.UTF8.GetByteCount(injected);
            await context.Response.WriteAsync(injected, context.RequestAborted);
            return;
        }

        context.Response.ContentLength = new FileInfo(path).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(path, context.RequestAborted);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _liveReload?.Dispose();
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token);
        }

        await _app.DisposeAsync();
    }
}

/// <summary>A host lifetime that leaves signals to the command (see <see cref="PreviewServer.StartAsync"/>).</summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
