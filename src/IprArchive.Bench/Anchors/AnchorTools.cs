namespace IprArchive.Bench.Anchors;

/// <summary>The anchors' tools, installed where missing: Hugo and Chromium from Debian, Pagefind and playwright-core from npm into <c>Anchors/tools</c>.</summary>
/// <param name="ToolsDirectory">The npm folder (package.json, package-lock.json, node_modules).</param>
/// <param name="Pagefind">Pagefind's native binary (timed itself, not through its Node wrapper).</param>
/// <param name="Chromium">The browser the query runner drives.</param>
internal sealed record AnchorTools(string ToolsDirectory, string Pagefind, string Chromium)
{
    /// <summary>Installs what is missing and says where everything is.</summary>
    public static async Task<AnchorTools> EnsureAsync(string anchors, Action<string> step, CancellationToken cancel)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
        var debian = new List<string>();
        if (FindOnPath("hugo") is null)
        {
            debian.Add("hugo");
        }

        if (!File.Exists(chromium))
        {
            debian.Add("chromium");
        }

        if (debian.Count > 0)
        {
            step($"apt-get install {string.Join(' ', debian)}");
            await MustAsync(ChildProcess.StartInfo("apt-get", ["update", "-qq"]), "apt-get update", cancel);
            await MustAsync(ChildProcess.StartInfo("apt-get", ["install", "-y", "-qq", .. debian], environment: new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" }), "apt-get install", cancel);
        }

        var tools = Path.Combine(anchors, "tools");
        var pagefind = Path.Combine(tools, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");
        if (!File.Exists(pagefind) || !Directory.Exists(Path.Combine(tools, "node_modules", "playwright-core")))
        {
            step($"npm ci in {tools} (pagefind, playwright-core; no browser download)");
            await MustAsync(ChildProcess.StartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], tools,
                new Dictionary<string, string> { ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1" }), "npm ci", cancel);
        }

        return File.Exists(pagefind) ? new AnchorTools(tools, pagefind, chromium)
            : throw new BenchException($"{pagefind} is missing after npm ci (Pagefind ships a native binary for linux-x64 only here).");
    }

    private static async Task MustAsync(System.Diagnostics.ProcessStartInfo info, string what, CancellationToken cancel)
    {
        var result = await ChildProcess.RunAsync(info, cancel: cancel);
        if (result.ExitCode != 0)
        {
            throw new BenchException($"{what} failed ({result.ExitCode}); install it by hand (the bench needs Hugo and Chromium from Debian, Node with npm):\n{result.Tail()}");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
