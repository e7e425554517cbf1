using System.Net;
using Microsoft.AspNetCore.Http;

namespace IprArchive.Cli.Preview;

/// <summary>
/// What the preview answers to. A web page can reach a server on the editor's machine by
/// pointing its own domain at 127.0.0.1 (DNS rebinding); the browser then sends that domain as
/// <c>Host</c>. So, unless the editor chose an address with <c>--host</c>, only loopback names are
/// served, and the events stream (which replays build errors) also refuses pages of other origins.
/// </summary>
internal sealed class RequestGuard(bool loopbackOnly)
{
    /// <summary>True when the request's <c>Host</c> names this machine's loopback (or any host was allowed).</summary>
    public bool HostAllowed(HttpRequest request)
    {
        if (!loopbackOnly)
        {
            return true;
        }

        var host = request.Host.Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>True when the request has no <c>Origin</c> (same-origin navigation) or comes from this server's own origin.</summary>
    public static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
