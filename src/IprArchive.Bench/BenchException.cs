namespace IprArchive.Bench;

/// <summary>A benchmark step failed; the message says which and why.</summary>
public sealed class BenchException(string message) : Exception(message);
