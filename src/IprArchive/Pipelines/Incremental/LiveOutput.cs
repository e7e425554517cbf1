using System.Collections.Concurrent;
using System.Text;
using IprArchive.Output;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Incremental;

/// <summary>
/// Where a preview update writes, registered with the engine in place of the staging folder: the
/// served output folder itself. A document whose <see cref="Document.MadeFrom"/> equals the last
/// run's for its destination is not rendered at all; any other is rendered and its file replaced
/// (by a rename, so the server never sends half a page) only when its bytes differ.
/// </summary>
public sealed class LiveOutput(string outputDirectory, IReadOnlyDictionary<string, Fingerprint> previous)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Full path of the output folder.</summary>
    public string OutputDirectory { get; } = outputDirectory;

    /// <summary>Site paths whose bytes changed and were written in this run.</summary>
    public ConcurrentBag<string> Written { get; } = [];

    /// <summary>Site paths removed in this run by a module that owns them (the search export's replaced shards).</summary>
    public ConcurrentBag<string> Deleted { get; } = [];

    /// <summary>Writes <paramref name="document"/> if its output can have changed and its bytes did; true when written.</summary>
    public async Task<bool> WriteAsync(Document document, SiteContext site, CancellationToken token)
    {
        var sitePath = OutputPaths.Normalize(document.Destination!);
        if (document.MadeFrom is { } madeFrom && previous.TryGetValue(sitePath, out var before) && madeFrom.Equals(before))
        {
            return false;
        }

        var target = Path.Combine(OutputDirectory, sitePath);
        var content = RenderLayout.ContentOf(document, site);
        var bytes = content is not null ? Utf8NoBom.GetBytes(content)
            : document.CopyFrom is not null ? await File.ReadAllBytesAsync(document.CopyFrom, token)
            : null;
        if (bytes is null || (File.Exists(target) && (await File.ReadAllBytesAsync(target, token)).AsSpan().SequenceEqual(bytes)))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".iprarchive-tmp";
        await File.WriteAllBytesAsync(temporary, bytes, token);
        File.Move(temporary, target, overwrite: true);
        Written.Add(sitePath);
        return true;
    }

    /// <summary>The fingerprint of every destination of a run's documents, for the next run to compare with.</summary>
    public static Dictionary<string, Fingerprint> FingerprintsOf(IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs) =>
        outputs.Values.SelectMany(d => d)
            .Where(d => d.Destination is not null && d.MadeFrom is not null)
            .GroupBy(d => OutputPaths.Normalize(d.Destination!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().MadeFrom!, StringComparer.Ordinal);

    /// <summary>Every site path a run's documents are written to.</summary>
    public static HashSet<string> DestinationsOf(IReadOnlyDictionary<string, IReadOnlyList<Document>> outputs) =>
        outputs.Values.SelectMany(d => d).Select(d => d.Destination).OfType<string>().Select(OutputPaths.Normalize).ToHashSet(StringComparer.Ordinal);
}
