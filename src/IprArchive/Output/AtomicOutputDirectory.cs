using System.Collections.Concurrent;
using System.Text;

namespace IprArchive.Output;

/// <summary>
/// Builds a site into a staging folder beside the output folder and swaps it in only on
/// <see cref="Commit"/>. Until then the previous output stays untouched, so a failed, cancelled
/// or killed build (even SIGKILL) never leaves a half-written site; a rebuild starts from an
/// empty folder, so stale files do not survive. Every write is checked by <see cref="OutputPaths"/>.
/// </summary>
public sealed class AtomicOutputDirectory : IDisposable
{
    /// <summary>File written into every output so a later build knows it may replace the folder.</summary>
    public const string MarkerFileName = ".iprarchive-output";

    /// <summary>
    /// Folder inside the output for what the build keeps but does not publish (the Lucene index).
    /// It is written into the staging folder with the site and swapped in with it, so the site and
    /// the index the CLI searches always come from the same build.
    /// </summary>
    public const string PrivateFolder = ".iprarchive";

    private const string ScratchFolder = "scratch";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.OrdinalIgnoreCase);

    // Folders already created: thousands of pages share a few hundred folders, and each
    // CreateDirectory is a system call per path segment.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private readonly OutputLock _lock;

    private AtomicOutputDirectory(string outputPath, string stagingPath, OutputLock outputLock)
    {
        OutputPath = outputPath;
        StagingPath = stagingPath;
        _lock = outputLock;
    }

    /// <summary>The folder the site ends up in.</summary>
    public string OutputPath { get; }

    /// <summary>The folder being written; deleted unless the build commits.</summary>
    public string StagingPath { get; }

    /// <summary>The private folder of the staged site (see <see cref="PrivateFolder"/>).</summary>
    public string StagingPrivatePath => Path.Combine(StagingPath, PrivateFolder);

    /// <summary>A folder for intermediate files of this build, inside the staging folder and deleted before the swap.</summary>
    public string ScratchPath => Path.Combine(StagingPrivatePath, ScratchFolder);

    /// <summary>Site paths written so far (forward slashes, relative to the site root).</summary>
    public IReadOnlyCollection<string> WrittenPaths => [.. _written.Keys];

    /// <summary>
    /// Prepares a staging folder for <paramref name="outputDirectory"/>. Refuses an output folder
    /// that contains one of <paramref name="protectedDirectories"/> (the input or theme), the
    /// file-system root, or an existing non-empty folder that an earlier build did not create.
    /// </summary>
    public static AtomicOutputDirectory Begin(string outputDirectory, IEnumerable<string> protectedDirectories)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        OutputSafety.EnsureMayReplace(output, protectedDirectories);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);

        // Taken before any cleanup: the cleanup would otherwise delete another build's staging folder.
        var outputLock = OutputLock.Acquire(output);
        try
        {
            StagingNames.RecoverInterruptedSwap(output);
            StagingNames.DeleteAbandoned(output);
            var staging = Path.Combine(parent, StagingNames.NewStaging(output));
            Directory.CreateDirectory(staging);
            return new AtomicOutputDirectory(output, staging, outputLock);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    /// <summary>Writes a UTF-8 text file (no BOM) at <paramref name="sitePath"/>.</summary>
    /// <param name="sitePath">Where in the site.</param>
    /// <param name="content">The text.</param>
    /// <param name="owner">What the file is made from (a record's path), named if another output claims the same path.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    public async Task WriteTextAsync(string sitePath, string content, string? owner = null, CancellationToken cancellationToken = default)
    {
        var target = Reserve(sitePath, owner);
        await File.WriteAllTextAsync(target, content, Utf8NoBom, cancellationToken);
    }

    /// <summary>
    /// Copies <paramref name="sourceFile"/> to <paramref name="sitePath"/>; a file in this build's
    /// <see cref="ScratchPath"/> is moved instead (one rename, not a copy of its bytes: the scratch
    /// folder is deleted before the swap anyway, and the search export is thousands of files).
    /// </summary>
    public async Task CopyFileAsync(string sitePath, string sourceFile, CancellationToken cancellationToken = default)
    {
        var target = Reserve(sitePath, sourceFile);
        if (Path.GetFullPath(sourceFile).StartsWith(ScratchPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            File.Move(sourceFile, target);
            return;
        }

        await using var from = File.OpenRead(sourceFile);
        await using var to = File.Create(target);
        await from.CopyToAsync(to, cancellationToken);
    }

    /// <summary>Swaps the staging folder in as the output folder; the previous output is deleted.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        if (Directory.Exists(ScratchPath))
        {
            Directory.Delete(ScratchPath, recursive: true);
        }

        File.WriteAllText(Path.Combine(StagingPath, MarkerFileName), "Built by iprarchive; replaced on every build.\n");
        FolderSwap.Replace(OutputPath, StagingPath);
        _committed = true;
    }

    /// <summary>Deletes the staging folder when the build did not commit.</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed && Directory.Exists(StagingPath))
            {
                Directory.Delete(StagingPath, recursive: true);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    private string Reserve(string sitePath, string? owner)
    {
        var relative = OutputPaths.Normalize(sitePath);
        if (!_written.TryAdd(relative, owner ?? ""))
        {
            throw new DuplicateOutputException(relative, _written[relative] is { Length: > 0 } first ? first : null);
        }

        var target = Path.GetFullPath(Path.Combine(StagingPath, relative));
        // Belt and braces: Normalize already refuses '..', this guards against anything it missed.
        if (!target.StartsWith(StagingPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UnsafeSitePathException(sitePath, "it resolves outside the output folder");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }

        return target;
    }
}

/// <summary>Two pages or files of one build claim the same output path.</summary>
public sealed class DuplicateOutputException(string sitePath, string? firstOwner = null)
    : Exception($"Two outputs of this build would both be written to '{sitePath}'{(firstOwner is null ? "" : $" (the other is made from '{firstOwner}')")}.")
{
    /// <summary>The contested site path.</summary>
    public string SitePath { get; } = sitePath;

    /// <summary>What the output written first was made from, when known.</summary>
    public string? FirstOwner { get; } = firstOwner;
}
