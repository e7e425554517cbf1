using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
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
    private readonly WebApplication _app;
    private readonly SiteFileResolver _files;
    private readonly LiveReload? _liveReload;

    private PreviewServer(WebApplication app, SiteFileResolver files, LiveReload? liveReload)
    {
        _app = app;
        _files = files;
        _liveReload = liveReload;
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Live-reload notifications (null when live reload is off).</summary>
    public LiveReload? LiveReload => _liveReload;

    /// <summary>Starts serving <paramref name="siteFolder"/> on <paramref name="host"/>:<paramref name="port"/> (0 = any free port).</summary>
    public static async Task<PreviewServer> StartAsync(string siteFolder, IPAddress host, int port, string basePath = "/", bool liveReload = false, CancellationToken cancel = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(host, port));
        var app = builder.Build();
        var server = new PreviewServer(app, new SiteFileResolver(siteFolder, basePath), liveReload ? new LiveReload() : null);
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

        if (_liveReload is not null && context.Request.Path == EventsPath)
        {
            await _liveReload.StreamAsync(context);
            return;
        }

        var path = _files.Resolve(Uri.UnescapeDataString(context.Request.Path.Value ?? "/"));
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

    private async Task SendAsync(HttpContext context, string path)
    {
        var type = SiteFileResolver.ContentTypeOf(path);
        context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
        if (_liveReload is not null && type == "text/html")
        {
            var html = await File.ReadAllTextAsync(path, context.RequestAborted);
            var injected = LiveReload.Inject(html, EventsPath);
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
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
