using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace IprArchive.Cli.Preview;

/// <summary>
/// Server-sent events to the open preview pages: "reload" after a successful rebuild, "errors"
/// (with the diagnostics) after a failed one, shown as an overlay over the last good page.
/// </summary>
public sealed class LiveReload : IDisposable
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();
    private readonly CancellationTokenSource _stopping = new();
    private string? _lastErrors;

    /// <summary>Number of pages listening.</summary>
    public int Clients => _clients.Count;

    /// <summary>Tells every page to reload.</summary>
    public void Reload()
    {
        _lastErrors = null;
        Broadcast("event: reload\ndata: {}\n\n");
    }

    /// <summary>Shows <paramref name="lines"/> (compiler-style diagnostics) as an overlay on every page.</summary>
    public void ShowErrors(IReadOnlyList<string> lines)
    {
        _lastErrors = $"event: errors\ndata: {JsonSerializer.Serialize(lines)}\n\n";
        Broadcast(_lastErrors);
    }

    /// <summary>Streams events to one page until it goes away.</summary>
    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        var id = Guid.NewGuid();
        _clients[id] = channel;
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await context.Response.WriteAsync(": connected\n\n" + (_lastErrors ?? ""), both.Token);
            await context.Response.Body.FlushAsync(both.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(both.Token))
            {
                await context.Response.WriteAsync(message, both.Token);
                await context.Response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// The live-reload script, served as a file of its own: pages forbid inline scripts
    /// (Content-Security-Policy <c>script-src 'self'</c>), and the preview keeps that policy.
    /// </summary>
    public static string Script(string eventsPath) => $$"""
        (() => {
          const events = new EventSource({{JsonSerializer.Serialize(eventsPath)}});
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("errors", (e) => {
            let box = document.getElementById("iprarchive-errors");
            if (!box) {
              box = document.createElement("div");
              box.id = "iprarchive-errors";
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;background:#2b0000;color:#fff;font:14px/1.4 monospace;padding:1rem;border-top:4px solid #f33;white-space:pre-wrap";
              document.body.append(box);
            }
            box.textContent = "Build failed: the page shows the last good build.\n\n" + JSON.parse(e.data).join("\n");
          });
        })();
        """;

    /// <summary>Adds a reference to the live-reload script to an HTML page, just before &lt;/body&gt;.</summary>
    public static string Inject(string html, string scriptPath)
    {
        var script = $"<script src=\"{scriptPath}\"></script>";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + script : html.Insert(at, script);
    }

    private void Broadcast(string message)
    {
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
