using IprArchive.Content;
using IprArchive.Diagnostics;
using IprArchive.Tests.Infrastructure;

namespace IprArchive.Tests.Content;

/// <summary>A production build warns when settings.yml still has the example address that citations and feeds would carry.</summary>
public sealed class PlaceholderBaseUrlTests
{
    [Theory]
    [InlineData("https://iprarchive.example.org/", "production", true)]
    [InlineData("https://example.com/archive/", "Production", true)]
    [InlineData("https://iprarchive.example.org/", null, false)]
    [InlineData("https://iprarchive.example.org/", "preview", false)]
    [InlineData("https://archive.github.io/ipr/", "production", false)]
    public void A_placeholder_host_is_reported_at_base_url_in_production_only(string baseUrl, string? environment, bool warned)
    {
        using var site = new TempSite();
        site.Write("settings.yml", $"title: T\nbase_url: {baseUrl}\n");
        var diagnostics = new DiagnosticBag();

        SettingsReader.Read(site.Input, diagnostics, environment ?? "");

        var found = diagnostics.ToSortedList().Where(d => d.Code == "IPR043").ToList();
        Assert.Equal(warned ? 1 : 0, found.Count);
        if (warned)
        {
            Assert.Equal(Severity.Warning, found[0].Severity);
            Assert.Equal(("settings.yml", 2), (found[0].File, found[0].Line));
            Assert.Contains("placeholder address", found[0].Message, StringComparison.Ordinal);
        }
    }
}
