using IprArchive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IprArchive.Content.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlTreeNode"/> tree with positions, reporting
/// syntax errors, tabs, duplicate keys and aliases as diagnostics. Anchors and aliases are
/// refused outright, which makes "billion laughs" documents fail at the first alias.
/// </summary>
public static class YamlTreeReader
{
    private const int MaxDepth = 32;

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of
    /// <paramref name="file"/>. Returns null when the document is unusable; problems go to <paramref name="diagnostics"/>.
    /// </summary>
    public static YamlTreeNode? Read(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (ReportTabs(yaml, file, firstLine, diagnostics))
        {
            return null;
        }

        var reader = new EventReader(new Parser(new StringReader(yaml)), file, firstLine, diagnostics);
        try
        {
            return reader.ReadDocument();
        }
        catch (YamlException ex)
        {
            diagnostics.Report(Codes.YamlSyntax, reader.Locate(ex.Start), "YAML syntax error: " + TrimYamlMessage(ex.Message));
            return null;
        }
        catch (AbortReadException)
        {
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some malformed flow
            // collections, such as a plain scalar spanning lines inside '{'; found by the fuzz test.
            diagnostics.Report(Codes.YamlSyntax, new SourceLocation(file, firstLine, 1), $"YAML syntax error: a list or mapping opened with '[' or '{{' is not closed ({ex.Message})");
            return null;
        }
    }

    // YAML forbids tabs in indentation, and YamlDotNet's own message for them is cryptic.
    private static bool ReportTabs(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var found = false;
        var line = 0;
        foreach (var text in yaml.Split('\n'))
        {
            var leading = text.Length - text.TrimStart(' ', '\t').Length;
            var tab = text.IndexOf('\t', 0, leading);
            if (tab >= 0)
            {
                diagnostics.Report(Codes.TabIndentation, new SourceLocation(file, firstLine + line, tab + 1),
                    "tab character used for indentation");
                found = true;
            }

            line++;
        }

        return found;
    }

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we print our own position.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    private sealed class AbortReadException : Exception;

    private sealed class EventReader(IParser parser, string file, int firstLine, DiagnosticBag diagnostics)
    {
        public SourceLocation Locate(Mark mark) =>
            new(file, firstLine + (int)Math.Max(mark.Line - 1, 0), (int)Math.Max(mark.Column, 1));

        public YamlTreeNode? ReadDocument()
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                diagnostics.Report(Codes.YamlSyntax, Locate(next.Start),
                    "more than one YAML document ('---' inside the front matter)",
                    "Front matter is a single YAML document; remove the extra '---' line.");
                throw new AbortReadException();
            }

            return root;
        }

        private YamlTreeNode ReadNode(int depth)
        {
            if (depth > MaxDepth)
            {
                diagnostics.Report(Codes.NestingTooDeep, Locate(parser.Current!.Start), $"YAML is nested more than {MaxDepth} levels deep");
                throw new AbortReadException();
            }

            var ev = parser.Current!;
            if (ev is AnchorAlias || ev is NodeEvent { Anchor.IsEmpty: false })
            {
                diagnostics.Report(Codes.YamlAlias, Locate(ev.Start), "YAML anchors and aliases ('&name', '*name') are not allowed");
                throw new AbortReadException();
            }

            return ev switch
            {
                Scalar s => ReadScalar(s),
                SequenceStart => ReadSequence(depth),
                MappingStart => ReadMapping(depth),
                _ => throw new YamlException(ev.Start, ev.End, "unexpected " + ev.GetType().Name),
            };
        }

        private YamlTreeScalar ReadScalar(Scalar s)
        {
            parser.MoveNext();
            return new YamlTreeScalar(s.Value, s.Style == ScalarStyle.Plain, Locate(s.Start));
        }

        private YamlTreeSequence ReadSequence(int depth)
        {
            var start = parser.Consume<SequenceStart>();
            var items = new List<YamlTreeNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(depth + 1));
            }

            return new YamlTreeSequence(items, Locate(start.Start));
        }

        private YamlTreeMapping ReadMapping(int depth)
        {
            var start = parser.Consume<MappingStart>();
            var entries = new List<YamlTreeEntry>();
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (keyNode is not YamlTreeScalar key)
                {
                    diagnostics.Report(Codes.WrongType, keyNode.Location, "a key must be a plain word, not " + keyNode.KindName);
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Report(Codes.DuplicateKey, key.Location,
                        $"duplicate key '{key.Value}' (first given at line {first.Line})");
                    continue;
                }

                seen[key.Value] = key.Location;
                entries.Add(new YamlTreeEntry(key, value));
            }

            return new YamlTreeMapping(entries, Locate(start.Start));
        }
    }
}
