using System.Collections.Immutable;

namespace IprArchive.Pipelines.Engine;

/// <summary>
/// What flows through pipelines, as in Statiq: where it came from, where it will be written, its
/// metadata and its content. Immutable: a module returns new documents with <c>With…</c>.
/// </summary>
public sealed record Document
{
    /// <summary>Input-relative path of the file it came from, if any (for diagnostics).</summary>
    public string? Source { get; init; }

    /// <summary>Site path it is written to (<c>announcements/2021/x/index.html</c>), or null if not written.</summary>
    public string? Destination { get; init; }

    /// <summary>Text content to write, if any.</summary>
    public string? Content { get; init; }

    /// <summary>A file to copy as-is when there is no text content (assets).</summary>
    public string? CopyFrom { get; init; }

    /// <summary>
    /// What the output is made from (see <see cref="Engine.Fingerprint"/>): a preview update skips
    /// rendering the document when it equals the last run's; null to render it every time.
    /// </summary>
    public Fingerprint? MadeFrom { get; init; }

    /// <summary>Metadata by key name (set and read through typed <see cref="MetadataKey{T}"/>s).</summary>
    public ImmutableDictionary<string, object?> Metadata { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>
    /// The value stored under <paramref name="key"/>, or default when there is none (or null).
    /// A value of another type throws: a pipeline set it wrong, and silence would hide it.
    /// </summary>
    public T? Get<T>(MetadataKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Metadata.TryGetValue(key.Name, out var value) ? value switch
        {
            null => default,
            T typed => typed,
            _ => throw new InvalidCastException($"Document {Destination ?? Source} has '{key.Name}' metadata of type {value.GetType().Name}, not {typeof(T).Name}."),
        } : default;
    }

    /// <summary>The value stored under <paramref name="key"/>; throws when it is missing.</summary>
    public T GetRequired<T>(MetadataKey<T> key) =>
        Get(key) ?? throw new KeyNotFoundException($"Document {Destination ?? Source} has no '{key}' metadata.");

    /// <summary>A copy with <paramref name="key"/> set.</summary>
    public Document With<T>(MetadataKey<T> key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return this with { Metadata = Metadata.SetItem(key.Name, value) };
    }
}
