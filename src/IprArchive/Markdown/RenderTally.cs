namespace IprArchive.Markdown;

/// <summary>
/// Counts the Markdown bodies rendered in one logical flow of work (a build, a check), so that a
/// test can hold the build to one render per record. The count follows the flow into its tasks
/// and parallel loops (it is an <see cref="AsyncLocal{T}"/>), so builds running side by side
/// in other tests do not add to it.
/// </summary>
internal sealed class RenderTally : IDisposable
{
    private static readonly AsyncLocal<RenderTally?> Current = new();
    private readonly RenderTally? _outer;
    private int _renders;

    private RenderTally(RenderTally? outer) => _outer = outer;

    /// <summary>Bodies rendered since <see cref="Start"/>.</summary>
    public int Renders => Volatile.Read(ref _renders);

    /// <summary>Starts counting the renders of the calling flow until disposed.</summary>
    public static RenderTally Start()
    {
        var tally = new RenderTally(Current.Value);
        Current.Value = tally;
        return tally;
    }

    /// <summary>Notes one render in the current flow's tally, if it has one.</summary>
    public static void Count()
    {
        if (Current.Value is { } tally)
        {
            Interlocked.Increment(ref tally._renders);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Current.Value = _outer;
}
