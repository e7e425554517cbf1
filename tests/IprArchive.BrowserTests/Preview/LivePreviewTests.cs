using System.Text.RegularExpressions;
using IprArchive.Cli;
using IprArchive.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IprArchive.Tests.Preview;

/// <summary>`iprarchive preview` as an editor uses it: edit a record, watch the open page follow.</summary>
public sealed partial class LivePreviewTests : IAsyncLifetime
{
    private const string RecordPath = "announcements/2021/2021-11-01-china-to-boost-international-ipr-cooperation.md";
    private const string PagePath = "announcements/2021/china-to-boost-international-ipr-cooperation/";
    private readonly TempSite _site = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private Task<int>? _preview;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _site.CopyInputFrom(RepositoryPaths.BundledInput);
        var output = TextWriter.Synchronized(_output);
        _preview = Task.Run(() => CliApp.RunAsync(
            ["preview", "--input", _site.Input, "--output", Path.Combine(_site.Root, "output"), "--theme", Path.Combine(RepositoryPaths.Root, "theme"), "--port", "0"],
            output, output, interactive: false, cancellation: _stop.Token));
        _playwright = await Playwright.CreateAsync();
        _browser = await Browser.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task Edited_record_updates_the_open_page_and_a_broken_one_shows_an_overlay_until_fixed()
    {
        var address = await WaitForAddressAsync();
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(new Uri(address, PagePath).ToString());
        var heading = page.Locator("h1");
        Assert.Equal("China to boost international IPR cooperation", await heading.InnerTextAsync());

        var file = Path.Combine(_site.Input, RecordPath);
        var original = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, original.Replace("title: \"China to boost international IPR cooperation\"", "title: \"China to deepen IPR cooperation\"", StringComparison.Ordinal));
        await Assertions.Expect(heading).ToHaveTextAsync("China to deepen IPR cooperation", new() { Timeout = 20_000 });

        await File.WriteAllTextAsync(file, original.Replace("date: 2021-11-01", "date: 2021-11-31", StringComparison.Ordinal));
        var overlay = page.Locator("#iprarchive-errors");
        await Assertions.Expect(overlay).ToContainTextAsync("IPR013", new() { Timeout = 20_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("2021-11-01-china-to-boost-international-ipr-cooperation.md:3:7");
        Assert.Equal("China to deepen IPR cooperation", await heading.InnerTextAsync());

        await File.WriteAllTextAsync(file, original);
        await Assertions.Expect(heading).ToHaveTextAsync("China to boost international IPR cooperation", new() { Timeout = 20_000 });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Server_serves_only_the_site()
    {
        var address = await WaitForAddressAsync();
        using var http = new HttpClient { BaseAddress = address };

        using var traversal = await http.GetAsync("..%2f..%2f..%2f..%2fetc%2fpasswd");
        using var encodedDots = await http.GetAsync("assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
        using var hidden = await http.GetAsync(".git/config");
        using var folder = await http.GetAsync("assets/");
        using var feed = await http.GetAsync("feed.xml");
        using var page = await http.GetAsync(PagePath);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, encodedDots.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, folder.StatusCode);
        Assert.DoesNotContain("root:", await traversal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<html", await folder.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("application/xml", feed.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"/__iprarchive/live-reload.js\"></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Uri> WaitForAddressAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            if (ServingLine().Match(_output.ToString()) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            if (_preview!.IsCompleted)
            {
                throw new InvalidOperationException("preview stopped: " + _output);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("preview did not start: " + _output);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_preview is not null)
        {
            await _preview;
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _stop.Dispose();
        _site.Dispose();
    }

    [GeneratedRegex(@"Serving .* at (http://\S+/) ")]
    private static partial Regex ServingLine();
}
