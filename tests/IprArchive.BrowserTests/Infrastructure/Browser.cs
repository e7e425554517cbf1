using Microsoft.Playwright;

namespace IprArchive.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright, headless, with the flags this closed network needs.</summary>
public static class Browser
{
    /// <summary>Where Debian installs Chromium (tests/run.sh installs the package).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Launches Chromium.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
}
