namespace IprArchive.Pipelines.Engine;

/// <summary>
/// A metadata key with the type of its value, so that a document's metadata is set and read with
/// one type: reading a value of another type is a bug in a pipeline, and fails loudly instead of
/// looking like a missing value.
/// </summary>
/// <typeparam name="T">The type of the value stored under the key.</typeparam>
/// <param name="Name">The key's name (unique among the keys of a build).</param>
public sealed record MetadataKey<T>(string Name)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
