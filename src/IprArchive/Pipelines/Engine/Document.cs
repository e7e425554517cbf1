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

    /// <summary>Metadata by key (the site pipelines name theirs in <c>MetadataKeys</c>).</summary>
    public ImmutableDictionary<string, object?> Metadata { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>The value stored under <paramref name="key"/>, or default.</summary>
    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>The value stored under <paramref name="key"/>; throws when it is missing.</summary>
    public T GetRequired<T>(string key) =>
        Get<T>(key) ?? throw new KeyNotFoundException($"Document {Destination ?? Source} has no '{key}' metadata.");

    /// <summary>A copy with <paramref name="key"/> set.</summary>
    public Document With(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };
}
