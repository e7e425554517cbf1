using IprArchive.Diagnostics;

namespace IprArchive.Content.Yaml;

/// <summary>
/// A YAML value with the place it was written, so every diagnostic can point at the offending node.
/// Our own small tree (instead of YamlDotNet's representation model) because it keeps positions,
/// rejects duplicate keys and aliases, and never expands anything.
/// </summary>
public abstract record YamlTreeNode(SourceLocation Location)
{
    /// <summary>A short name of the node's kind for messages ("a text", "a list", "a mapping").</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted scalars, which are always text.</summary>
public sealed record YamlTreeScalar(string Value, bool IsPlain, SourceLocation Location) : YamlTreeNode(Location)
{
    /// <inheritdoc/>
    public override string KindName => IsNull ? "empty" : "a text";

    /// <summary>True for a plain empty, <c>~</c> or <c>null</c> scalar.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A sequence (<c>[a, b]</c> or a block list).</summary>
public sealed record YamlTreeSequence(IReadOnlyList<YamlTreeNode> Items, SourceLocation Location) : YamlTreeNode(Location)
{
    /// <inheritdoc/>
    public override string KindName => "a list";
}

/// <summary>A mapping with unique scalar keys, in document order.</summary>
public sealed record YamlTreeMapping(IReadOnlyList<YamlTreeEntry> Entries, SourceLocation Location) : YamlTreeNode(Location)
{
    /// <inheritdoc/>
    public override string KindName => "a mapping";

    /// <summary>The value for <paramref name="key"/>, or null.</summary>
    public YamlTreeNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}

/// <summary>One key and its value in a <see cref="YamlTreeMapping"/>.</summary>
public sealed record YamlTreeEntry(YamlTreeScalar Key, YamlTreeNode Value);
