using System.Net;
using IprArchive.Cli.Preview;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Cli;

/// <summary>What the preview server answers to: DNS rebinding, cross-origin event readers, double decoding.</summary>
public sealed class PreviewRequestTests : IAsyncLifetime
{
    private readonly TempSite _site = new();
    private PreviewServer? _server;
    private HttpClient? _http;

    private string Root => Path.Combine(_site.Root, "site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        await File.WriteAllTextAsync(Path.Combine(Root, "index.html"), "<html><body>home</body></html>");
        await File.WriteAllTextAsync(Path.Combine(Root, "x%41.txt"), "decoded once");
        await File.WriteAllTextAsync(Path.Combine(Root, "xA.txt"), "decoded twice");
        _server = await PreviewServer.StartAsync(Root, IPAddress.Loopback, 0, "/", liveReload: true);
        _http = new HttpClient { BaseAddress = _server.Address };
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_host_names_are_served(string host)
    {
        using var response = await SendAsync("/", host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Another_host_name_is_refused_so_dns_rebinding_cannot_read_the_preview()
    {
        using var page = await SendAsync("/", "attacker.example");
        using var events = await SendAsync("/__iprarchive/events", "attacker.example");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, events.StatusCode);
    }

    [Fact]
    public async Task The_events_stream_refuses_pages_of_other_origins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/__iprarchive/events");
        request.Headers.Add("Origin", "https://attacker.example");

        using var response = await _http!.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Pages_load_the_live_reload_script_from_a_file_not_inline()
    {
        var html = await _http!.GetStringAsync("/");
        var script = await _http.GetStringAsync("/__iprarchive/live-reload.js");

        Assert.Contains("<script src=\"/__iprarchive/live-reload.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("EventSource", html, StringComparison.Ordinal);
        Assert.Contains("EventSource", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_paths_are_decoded_once()
    {
        Assert.Equal("decoded once", await _http!.GetStringAsync("/x%2541.txt"));
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site.Dispose();
    }

    private Task<HttpResponseMessage> SendAsync(string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return _http!.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
