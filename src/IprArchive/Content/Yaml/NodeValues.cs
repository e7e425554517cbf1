using IprArchive.Diagnostics;

namespace IprArchive.Content.Yaml;

/// <summary>
/// Typed reads from YAML nodes that report a wrong type at the node's position instead of throwing.
/// </summary>
public sealed class NodeValues(DiagnosticBag diagnostics)
{
    /// <summary>The bag problems are reported to.</summary>
    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>A non-empty text; null and a diagnostic otherwise.</summary>
    public string? Text(YamlTreeNode node, string key)
    {
        if (node is not YamlTreeScalar scalar || scalar.IsNull)
        {
            if (node is YamlTreeScalar { IsNull: true })
            {
                diagnostics.Report(Codes.EmptyValue, node.Location, $"'{key}' is empty", $"Give '{key}' a value or remove the line.");
            }
            else
            {
                diagnostics.Report(Codes.WrongType, node.Location, $"'{key}' must be a text, not {node.KindName}");
            }

            return null;
        }

        var value = scalar.Value.Trim();
        if (value.Length == 0)
        {
            diagnostics.Report(Codes.EmptyValue, node.Location, $"'{key}' is empty", $"Give '{key}' a value or remove the line.");
            return null;
        }

        return value;
    }

    /// <summary>A list of texts; a single text is accepted as a one-item list.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> TextList(YamlTreeNode node, string key)
    {
        if (node is YamlTreeScalar { IsNull: true })
        {
            return [];
        }

        var items = node is YamlTreeSequence sequence ? sequence.Items : [node];
        var result = new List<(string, SourceLocation)>(items.Count);
        foreach (var item in items)
        {
            if (Text(item, key) is { } text)
            {
                result.Add((text, item.Location));
            }
        }

        return result;
    }

    /// <summary>A YAML boolean (true/false, yes/no are not accepted: YAML 1.2 says true/false).</summary>
    public bool? Boolean(YamlTreeNode node, string key)
    {
        if (node is YamlTreeScalar { IsPlain: true } scalar && bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        diagnostics.Report(Codes.WrongType, node.Location, $"'{key}' must be true or false, not '{Describe(node)}'");
        return null;
    }

    /// <summary>A positive whole number.</summary>
    public int? PositiveInteger(YamlTreeNode node, string key)
    {
        if (node is YamlTreeScalar { IsPlain: true } scalar && int.TryParse(scalar.Value, out var value) && value > 0)
        {
            return value;
        }

        diagnostics.Report(Codes.WrongType, node.Location, $"'{key}' must be a whole number greater than 0, not '{Describe(node)}'");
        return null;
    }

    /// <summary>A mapping; null and a diagnostic otherwise.</summary>
    public YamlTreeMapping? Mapping(YamlTreeNode node, string key)
    {
        if (node is YamlTreeMapping mapping)
        {
            return mapping;
        }

        diagnostics.Report(Codes.WrongType, node.Location, $"'{key}' must be a mapping of keys to values, not {node.KindName}");
        return null;
    }

    /// <summary>Reports every key of <paramref name="mapping"/> that is not in <paramref name="known"/>, with a suggestion.</summary>
    public void RejectUnknownKeys(YamlTreeMapping mapping, IReadOnlyCollection<string> known, string where)
    {
        foreach (var entry in mapping.Entries)
        {
            if (known.Contains(entry.Key.Value))
            {
                continue;
            }

            var suggestion = Spelling.Closest(entry.Key.Value, known);
            diagnostics.Report(Codes.UnknownKey, entry.Key.Location,
                $"unknown key '{entry.Key.Value}' in {where}" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"),
                $"Known keys: {string.Join(", ", known)}.");
        }
    }

    private static string Describe(YamlTreeNode node) => node is YamlTreeScalar s ? s.Value : node.KindName;
}
