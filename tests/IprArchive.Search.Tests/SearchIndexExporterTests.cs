using System.IO.Compression;
using System.Text.Json;
using IprArchive.Search.Export;
using IprArchive.Search.Indexing;

namespace IprArchive.Search.Tests;

public sealed class SearchIndexExporterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ipr-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private (string Output, SearchIndexReport Report) Run(string name, IEnumerable<SearchDocument>? documents = null)
    {
        var output = Path.Combine(_root, name, "search");
        var report = SearchIndexPipeline.Run(SearchIndexBuilder.InDocumentOrder(documents ?? SampleDocuments.All), output, Path.Combine(_root, name, "index"));
        return (output, report);
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);

    [Fact]
    public void Same_documents_give_the_same_bytes()
    {
        var first = Files(Run("a").Output);
        var second = Files(Run("b", SampleDocuments.All.Reverse()).Output);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (name, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[name]), name);
    }

    [Fact]
    public void Runs_indexed_side_by_side_give_the_bytes_of_one_run()
    {
        var documents = SearchIndexBuilder.InDocumentOrder(Many()).ToList();
        var whole = Files(Run("a", documents).Output);
        var output = Path.Combine(_root, "b", "search");
        SearchIndexPipeline.Run([documents.Take(100), documents.Skip(100).Take(150), documents.Skip(250)], output, Path.Combine(_root, "b", "index"));
        var runs = Files(output);
        Assert.Equal(whole.Keys.Order(), runs.Keys.Order());
        foreach (var (name, bytes) in whole) Assert.True(bytes.AsSpan().SequenceEqual(runs[name]), name);
        Assert.False(Directory.Exists(Path.Combine(_root, "b", "index.part0")));
    }

    [Fact]
    public void Changing_one_record_renames_only_its_range_of_result_files()
    {
        var before = Files(Run("a", Many()).Output).Keys.Where(f => f.StartsWith("d/", StringComparison.Ordinal)).ToHashSet();
        var changed = Many().Select(d => d.Url == "/r/0/" ? d with { Title = "Changed" } : d);
        var after = Files(Run("b", changed).Output).Keys.Where(f => f.StartsWith("d/", StringComparison.Ordinal)).ToHashSet();
        var renamed = before.Except(after).ToList();
        Assert.Equal(256, renamed.Count);
        Assert.All(renamed, f => Assert.Matches(@"^d/[0-9a-f]{8}/\d+\.json\.gz$", f));
        Assert.Contains(before, f => f.EndsWith("/299.json.gz", StringComparison.Ordinal) && after.Contains(f));
    }

    /// <summary>Every [first, hash] shard entry, read through the manifest's pages of the shard table.</summary>
    private static List<string[]> ShardEntries(string output, JsonElement manifest) =>
        manifest.GetProperty("shardPages").EnumerateArray().SelectMany(page =>
        {
            var file = Path.Combine(output, "s", page[1].GetString() + ".json.gz");
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<string[][]>(gzip)!;
        }).ToList();

    private static IEnumerable<SearchDocument> Many() => Enumerable.Range(0, 300).Select(i => new SearchDocument
    {
        Url = $"/r/{i}/", Title = $"Record {i}", Date = new DateOnly(2020, 1, 1).AddDays(i),
        Paragraphs = [string.Join(' ', Enumerable.Range(0, 60).Select(j => $"word{(i * 7 + j) % 997}x"))],
    });

    [Fact]
    public void Manifest_names_hashed_shards_that_exist_and_field_statistics()
    {
        var (output, report) = Run("a");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(3, root.GetProperty("version").GetInt32());
        Assert.Equal(4, root.GetProperty("docCount").GetInt32());
        var title = root.GetProperty("fields").EnumerateArray().First(f => f.GetProperty("name").GetString() == "title");
        Assert.Equal(2, title.GetProperty("boost").GetSingle());
        Assert.True(title.GetProperty("default").GetBoolean());
        // "Shen Changyu presents the IP protection plan" has 6 tokens without "the", etc.: avgdl = tokens / docs.
        Assert.InRange(title.GetProperty("avgdl").GetSingle(), 4f, 8f);
        foreach (var shard in ShardEntries(output, root))
        {
            var hash = shard[1];
            Assert.Matches("^[0-9a-f]{10}$", hash);
            Assert.True(File.Exists(Path.Combine(output, "t", hash + ".bin.gz")), hash);
            Assert.True(File.Exists(Path.Combine(output, "p", hash + ".bin.gz")), hash);
        }
        Assert.Equal(report.Export.Files, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Columns_are_pages_by_doc_range_named_by_hash_with_the_first_doc_of_each_year()
    {
        var (output, _) = Run("a");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var columns = manifest.RootElement.GetProperty("columns");
        string PathOf(string kind, string hash) => columns.GetProperty(kind).GetString()!.Replace("{hash}", hash, StringComparison.Ordinal);
        var files = columns.GetProperty("typePages").EnumerateArray().Select(h => PathOf("types", h.GetString()!))
            .Concat(columns.GetProperty("facetPages").EnumerateArray().Select(h => PathOf("facets", h.GetString()!)))
            .Concat(columns.GetProperty("dayPages").EnumerateArray().Select(d => PathOf("days", d[0].GetString()!)))
            .Append(columns.GetProperty("values").GetString()!).ToList();
        Assert.Equal(4, files.Count);
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(output, f)), f));
        Assert.Equal(files.Count, Directory.EnumerateFiles(Path.Combine(output, "c"), "*", SearchOption.AllDirectories).Count());
        // Four records of 2016, 2019, 2020 and 2021, in date order: doc i is the year's first.
        var years = columns.GetProperty("years").EnumerateArray().Select(y => (y[0].GetInt32(), y[1].GetInt32())).ToList();
        Assert.Equal([(2016, 0), (2019, 1), (2020, 2), (2021, 3)], years);
        Assert.Equal(new DateOnly(2016, 9, 18).DayNumber - new DateOnly(1970, 1, 1).DayNumber, columns.GetProperty("dayPages")[0][1].GetInt32());
    }

    [Fact]
    public void Shards_are_gzip_and_result_files_hold_what_a_hit_shows()
    {
        var (output, _) = Run("a");
        var file = Directory.EnumerateFiles(Path.Combine(output, "d"), "3.json.gz", SearchOption.AllDirectories).Single();
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        Assert.Equal("/announcements/2021/shen-plan/", json.RootElement.GetProperty("url").GetString());
        Assert.Equal("2021-11-01", json.RootElement.GetProperty("date").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal("Shen Changyu", json.RootElement.GetProperty("speakers")[0].GetString());
    }

    [Fact]
    public void Re_export_removes_stale_shards_but_keeps_other_files_in_the_folder()
    {
        var (output, _) = Run("a");
        File.WriteAllText(Path.Combine(output, "index.html"), "page");
        var stale = Path.Combine(output, "t", "0000000000.bin.gz");
        File.WriteAllText(stale, "old");
        SearchIndexPipeline.Run(SearchIndexBuilder.InDocumentOrder(SampleDocuments.All), output, Path.Combine(_root, "a", "index"));
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Term_shards_are_cut_by_size_and_keyed_by_the_first_term()
    {
        var (output, report) = Run("many", Many());
        Assert.True(report.Export.TermShards > 1);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var firsts = ShardEntries(output, manifest.RootElement).Select(s => s[0]).ToList();
        Assert.Equal(report.Export.TermShards, firsts.Count);
        Assert.Equal("", firsts[0]);
        Assert.Equal(firsts.Order(StringComparer.Ordinal), firsts);
    }
}
