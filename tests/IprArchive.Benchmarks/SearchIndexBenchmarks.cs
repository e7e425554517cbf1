using BenchmarkDotNet.Attributes;
using IprArchive.Search;
using IprArchive.Search.Export;
using IprArchive.Search.Indexing;
using Lucene.Net.Store;

namespace IprArchive.Benchmarks;

/// <summary>Lucene.Net indexing and the static export, on copies of the sample records.</summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private IReadOnlyList<SearchDocument> _documents = [];
    private RAMDirectory? _index;
    private string _exportDirectory = "";

    /// <summary>Copies of each of the 31 records (distinct URLs and dates).</summary>
    [Params(20)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. SearchIndexBuilder.InDocumentOrder(SampleSite.Instance.SearchDocuments(Copies))];
        _index = new RAMDirectory();
        SearchIndexBuilder.Build(_documents, _index);
        _exportDirectory = Path.Combine(Path.GetTempPath(), $"iprarchive-bench-export-{Environment.ProcessId}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index?.Dispose();
        if (System.IO.Directory.Exists(_exportDirectory))
        {
            System.IO.Directory.Delete(_exportDirectory, recursive: true);
        }
    }

    /// <summary><c>SearchIndexBuilder.Build</c> into memory (analysis, BM25 norms, one merged segment).</summary>
    [Benchmark]
    public void IndexBuild()
    {
        using var directory = new RAMDirectory();
        SearchIndexBuilder.Build(_documents, directory);
    }

    /// <summary><c>SearchIndexExporter.Export</c> of the prebuilt index to shard files.</summary>
    [Benchmark]
    public long IndexExport() => SearchIndexExporter.Export(_index!, _exportDirectory).Bytes;
}
