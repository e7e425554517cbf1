namespace IprArchive.Output;

/// <summary>
/// One build at a time per output folder. Two builds into one folder would delete each other's
/// staging folders and race on the swap; the second now fails at once with a clear message. The
/// lock is a file beside the output opened without sharing (an advisory <c>flock</c> on Unix), so
/// the operating system releases it when the process ends, however it ends; it is deleted when
/// released, so it leaves no litter beside the output.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="output"/> (a full path), or throws <see cref="OutputDirectoryRefusedException"/> when another build holds it.</summary>
    public static OutputLock Acquire(string output)
    {
        var path = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.iprarchive-lock");
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            throw new OutputDirectoryRefusedException(output, "another iprarchive build or preview is writing to it right now; wait for it to finish, or build into another folder");
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();
}
