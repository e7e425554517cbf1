using IprArchive.Search.Export;
using IprArchive.Search.Indexing;
using IprArchive.Search.Pipelines;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace IprArchive.Search.Incremental;

/// <summary>The documents of one changed record (itself, then its quotations) and the doc id of the first.</summary>
internal sealed record PatchGroup(int First, IReadOnlyList<SearchDocument> Documents);

/// <summary>
/// Patches an export in place for records whose documents keep their numbers. Each changed
/// record's documents are indexed alone (same analyzer, same norms) and their postings moved to
/// their doc ids; only the term shards holding a term of the old or new version are decoded,
/// patched and written again, with the table pages, the record's result range, the columns and
/// the manifest (avgdl moves with every edit). The result decodes to what a full export gives.
/// </summary>
internal static class ExportPatch
{
    /// <summary>The groups to patch, or null when a change renumbers documents (a full export is needed).</summary>
    public static IReadOnlyList<PatchGroup>? Plan(ExportedIndex state, RecordChanges changes)
    {
        if (changes.Previous.Count != changes.Current.Count) return null;
        var previous = changes.Previous.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        var groups = new List<PatchGroup>();
        foreach (var current in changes.Current)
        {
            if (!previous.TryGetValue(current.SourcePath, out var before) || before.Url != current.Url || before.Date != current.Date || before.Excluded != current.Excluded)
                return null;
            if (current.Excluded) continue;
            if (state.GroupOf(current.Url) is not { } group) return null;
            var documents = SearchDocumentMapping.ToSearchDocuments(current, changes.Records[current].Rendered(), changes.Records[current].Quotations);
            if (documents.Count != group.Count) return null;
            groups.Add(new PatchGroup(group.First, documents));
        }
        return groups;
    }

    /// <summary>Rewrites what <paramref name="groups"/> change; returns the site paths written and deleted.</summary>
    public static OutputChanges Apply(ExportedIndex state, IReadOnlyList<PatchGroup> groups)
    {
        var files = new FileChanges(state.Root);
        var replacement = new Dictionary<string, List<FieldPostings>>(StringComparer.Ordinal);
        var results = new Dictionary<int, byte[]>();
        foreach (var group in groups) IndexAlone(group, state, replacement, results);

        var replaced = results.Keys.ToHashSet();
        var oldTerms = replaced.SelectMany(id => state.TermsOfDocument[id]);
        var touched = oldTerms.Concat(replacement.Keys).Distinct(StringComparer.Ordinal).GroupBy(state.ShardOf).ToList();
        var patched = new (string Hash, long[] LengthDelta)[touched.Count];
        Parallel.For(0, touched.Count, i =>
        {
            var mine = touched[i].Where(replacement.ContainsKey).ToDictionary(t => t, t => replacement[t], StringComparer.Ordinal);
            var lengthDelta = new long[SearchFields.Queryable.Count];
            var entries = PostingsPatch.Apply(TermShardReader.Read(state.Root, state.Shards[touched[i].Key].Hash), replaced.Contains, mine, lengthDelta);
            var (terms, positions) = TermShardWriter.Encode(entries);
            patched[i] = (ShardFiles.WritePair(state.Root, terms, positions), lengthDelta);
        });
        for (var i = 0; i < touched.Count; i++)
        {
            var old = state.Shards[touched[i].Key];
            state.Shards[touched[i].Key] = old with { Hash = files.Replace(old.Hash, patched[i].Hash, "t/{0}.bin.gz", "p/{0}.bin.gz") };
            for (var f = 0; f < state.FieldLengths.Length; f++) state.FieldLengths[f] += patched[i].LengthDelta[f];
        }
        foreach (var id in replaced)
            state.TermsOfDocument[id] = [.. replacement.Where(t => t.Value.Any(f => f.Docs.Contains(id))).Select(t => t.Key)];

        var pages = files.ReplacePages(state);
        foreach (var range in replaced.Select(id => id / ResultFileWriter.RangeSize).Distinct()) RewriteRange(state, range, results, files);
        var columns = DocumentColumnsWriter.Write(state.Root, state.Documents, state.RangeHashes);
        files.ReplaceSet(state.ColumnFiles, [.. columns.Files]);
        state.ColumnFiles = [.. columns.Files];
        SearchIndexExporter.WriteManifest(state.Root, state.Documents.Length, field => state.AverageLength(field), pages, columns, state.NameAliases);
        files.Written.Add("manifest.json");
        return files.ToOutputChanges();
    }

    /// <summary>Indexes a group on its own and files its postings, columns and result files under their real doc ids.</summary>
    private static void IndexAlone(PatchGroup group, ExportedIndex state, Dictionary<string, List<FieldPostings>> replacement, Dictionary<int, byte[]> results)
    {
        using var directory = new RAMDirectory();
        SearchIndexBuilder.Build(group.Documents, directory);
        using var reader = DirectoryReader.Open(directory);
        foreach (var entry in TermPostingsReader.Read(reader.Leaves[0].AtomicReader))
        {
            var fields = replacement.TryGetValue(entry.Term, out var known) ? known : replacement[entry.Term] = [];
            foreach (var field in entry.Fields)
            {
                var moved = field with { Docs = [.. field.Docs.Select(d => d + group.First)] };
                var at = fields.FindIndex(f => f.FieldIndex == field.FieldIndex);
                if (at < 0) fields.Add(moved);
                else fields[at] = PostingsPatch.Merge(fields[at], moved);
            }
            fields.Sort((a, b) => a.FieldIndex.CompareTo(b.FieldIndex));
        }
        foreach (var document in IndexedDocument.LoadAll(reader))
        {
            results[group.First + document.DocId] = ResultFileWriter.FileOf(reader, document);
            state.Documents[group.First + document.DocId] = document with { DocId = group.First + document.DocId };
        }
    }

    /// <summary>Writes a result range again (other documents' files copied as they are) under its new hash.</summary>
    private static void RewriteRange(ExportedIndex state, int range, Dictionary<int, byte[]> results, FileChanges files)
    {
        var oldFolder = Convert.ToHexStringLower(state.RangeHashes[range]);
        var ids = Enumerable.Range(range * ResultFileWriter.RangeSize, Math.Min(ResultFileWriter.RangeSize, state.Documents.Length - (range * ResultFileWriter.RangeSize)));
        var content = ids.Select(id => (Id: id, Gz: results.GetValueOrDefault(id) ?? File.ReadAllBytes(Path.Combine(state.Root, "d", oldFolder, $"{id}.json.gz")))).ToList();
        var hash = ResultFileWriter.RangeHash(content.Select(c => c.Gz));
        var newFolder = Convert.ToHexStringLower(hash);
        if (newFolder == oldFolder) return;
        System.IO.Directory.CreateDirectory(Path.Combine(state.Root, "d", newFolder));
        foreach (var (id, gz) in content)
        {
            File.WriteAllBytes(Path.Combine(state.Root, "d", newFolder, $"{id}.json.gz"), gz);
            files.Written.Add($"d/{newFolder}/{id}.json.gz");
            files.Deleted.Add($"d/{oldFolder}/{id}.json.gz");
        }
        System.IO.Directory.Delete(Path.Combine(state.Root, "d", oldFolder), recursive: true);
        state.RangeHashes[range] = hash;
    }

    /// <summary>The export files a patch wrote and deleted (paths relative to the export folder).</summary>
    private sealed class FileChanges(string root)
    {
        public List<string> Written { get; } = [];

        public List<string> Deleted { get; } = [];

        /// <summary>Notes <paramref name="now"/> written and deletes <paramref name="was"/> when the name changed; returns <paramref name="now"/>.</summary>
        public string Replace(string was, string now, params string[] patterns)
        {
            if (was == now) return now;
            foreach (var pattern in patterns)
            {
                Written.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, now));
                var old = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, was);
                File.Delete(Path.Combine(root, old));
                Deleted.Add(old);
            }
            return now;
        }

        /// <summary>Notes the files of <paramref name="now"/> not in <paramref name="was"/> written, and deletes those gone.</summary>
        public void ReplaceSet(IReadOnlyCollection<string> was, IReadOnlyCollection<string> now)
        {
            Written.AddRange(now.Except(was, StringComparer.Ordinal));
            foreach (var gone in was.Except(now, StringComparer.Ordinal))
            {
                File.Delete(Path.Combine(root, gone));
                Deleted.Add(gone);
            }
        }

        /// <summary>Writes the table pages for the current shards, deleting pages no longer listed.</summary>
        public List<ShardTable.Page> ReplacePages(ExportedIndex state)
        {
            var before = state.Pages.Select(p => p.Hash).ToHashSet(StringComparer.Ordinal);
            var pages = ShardTable.WritePages(root, state.Shards);
            foreach (var page in pages.Where(p => !before.Contains(p.Hash))) Written.Add($"s/{page.Hash}.json.gz");
            foreach (var gone in before.Except(pages.Select(p => p.Hash)))
            {
                File.Delete(Path.Combine(root, "s", $"{gone}.json.gz"));
                Deleted.Add($"s/{gone}.json.gz");
            }
            state.Pages = pages;
            return pages;
        }

        public OutputChanges ToOutputChanges() => new(
            [.. Written.Except(Deleted).Select(p => "search/" + p)], [.. Deleted.Except(Written).Select(p => "search/" + p)]);
    }
}
