using System.Runtime.InteropServices;

namespace IprArchive.Cli.Preview;

/// <summary>
/// Ctrl+C (SIGINT), SIGTERM and SIGQUIT cancel a long-running command, so that a terminal or a
/// script stopping the preview gets its prompt back at once, not after a kill -9.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    private StopSignals(PosixSignalRegistration[] registrations) => _registrations = registrations;

    /// <summary>Cancels <paramref name="stop"/> on the first stop signal (the process then ends normally).</summary>
    public static StopSignals Register(CancellationTokenSource stop)
    {
        void Handle(PosixSignalContext signal)
        {
            signal.Cancel = true; // end through the command's own clean-up rather than abruptly
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already stopping.
            }
        }

        return new StopSignals([.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(s => PosixSignalRegistration.Create(s, Handle))]);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
