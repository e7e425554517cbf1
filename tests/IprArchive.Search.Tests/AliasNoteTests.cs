using System.IO.Compression;
using System.Text.Json;
using IprArchive.Search.Indexing;
using IprArchive.Search.Querying;
using Lucene.Net.Store;

namespace IprArchive.Search.Tests;

/// <summary>A result says when a query word is another name of a speaker or organisation it searched.</summary>
public sealed class AliasNoteTests : IDisposable
{
    private static readonly SearchEntity Cnipa = new("cnipa", "CNIPA", ["State Intellectual Property Office", "SIPO", "NIPA", "Cnipa"])
    {
        FormerNames = new HashSet<string> { "State Intellectual Property Office", "SIPO" },
    };

    private static readonly SearchEntity Shen = new("shen-changyu", "Shen Changyu", ["申长雨"]);

    private static SearchDocument Record(int day, string title, params SearchEntity[] organizations) => new()
    {
        Url = $"/r/{day}/", Title = title, Date = new DateOnly(2018, 1, day),
        Paragraphs = ["The office reported on patents."], Speakers = [Shen], Organizations = organizations,
    };

    private static readonly IReadOnlyList<SearchDocument> Documents =
    [
        Record(1, "Patent statistics", Cnipa),
        Record(2, "Trade mark reform"),
        Record(3, "Examination quality", Cnipa),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ipr-alias-" + Guid.NewGuid().ToString("N"));
    private readonly RAMDirectory _directory = new();
    private readonly SearchService _service;

    public AliasNoteTests()
    {
        SearchIndexBuilder.Build(Documents, _directory);
        _service = new SearchService(_directory);
    }

    public void Dispose()
    {
        _service.Dispose();
        _directory.Dispose();
        if (System.IO.Directory.Exists(_root)) System.IO.Directory.Delete(_root, recursive: true);
    }

    private IReadOnlyList<string> Notes(string query, SearchService? service = null) =>
        [.. ((service ?? _service).Search(new SearchRequest { Query = query }).Aliases ?? []).Select(a => a.ToString())];

    [Fact]
    public void A_former_acronym_says_whose_former_name_it_is()
    {
        Assert.Equal(["SIPO: former name of CNIPA"], Notes("SIPO"));
        Assert.Equal(["SIPO: former name of CNIPA"], Notes("org:sipo patent"));
    }

    [Fact]
    public void A_quoted_former_name_an_acronym_and_a_name_in_another_script_are_noted_in_query_order()
    {
        Assert.Equal(
            ["申长雨: other name of Shen Changyu", "State Intellectual Property Office: former name of CNIPA", "NIPA: other name of CNIPA"],
            Notes("申长雨 \"state intellectual property office\" OR nipa"));
    }

    [Fact]
    public void The_name_itself_an_excluded_alias_another_field_or_no_hits_give_no_note()
    {
        Assert.Empty(Notes("cnipa"));
        Assert.Empty(Notes("patent -sipo"));
        Assert.Empty(Notes("title:sipo"));
        Assert.Empty(Notes("sipo AND nothingmatchesthis"));
        Assert.Empty(Notes("\"office state\""));
    }

    [Fact]
    public void The_json_carries_alias_name_and_relation_only_when_there_is_a_note()
    {
        using var json = JsonDocument.Parse(_service.Search(new SearchRequest { Query = "sipo" }).ToJson());
        var note = Assert.Single(json.RootElement.GetProperty("aliases").EnumerateArray());
        Assert.Equal(("SIPO", "CNIPA", "former name"), (note.GetProperty("alias").GetString(), note.GetProperty("name").GetString(), note.GetProperty("relation").GetString()));
        using var none = JsonDocument.Parse(_service.Search(new SearchRequest { Query = "patent" }).ToJson());
        Assert.False(none.RootElement.TryGetProperty("aliases", out _));
    }

    [Fact]
    public void An_index_built_in_parallel_runs_keeps_every_runs_aliases_and_the_export_writes_them_once()
    {
        var output = Path.Combine(_root, "search");
        var index = Path.Combine(_root, "index");
        SearchIndexPipeline.Run([Documents.Take(1), [Record(2, "Trade mark reform")], Documents.Skip(2)], output, index);

        using (var service = SearchService.Open(index))
        {
            Assert.Equal(["SIPO: former name of CNIPA"], Notes("sipo", service));
        }

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var entry = manifest.RootElement.GetProperty("nameAliases");
        var path = entry.GetProperty("file").GetString()!;
        var filter = Convert.FromBase64String(entry.GetProperty("filter").GetString()!);
        Assert.All(IprArchive.Search.Export.NameAliasWriter.BitsOf("org", "sipo", filter.Length * 8), bit => Assert.NotEqual(0, filter[bit >> 3] & (1 << (bit & 7))));
        Assert.Matches(@"^a/aliases\.[0-9a-f]{10}\.json\.gz$", path);
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(output, path)), CompressionMode.Decompress);
        using var table = JsonDocument.Parse(gzip);
        Assert.Equal("""[["SIPO","CNIPA","former name"]]""", table.RootElement.GetProperty("org").GetProperty("sipo").GetRawText());
        Assert.False(table.RootElement.GetProperty("org").TryGetProperty("cnipa", out _));
    }
}
