using System.Text;
using System.Text.Json;
using IprArchive.Pipelines;
using IprArchive.Pipelines.Incremental;
using IprArchive.Search.Export;
using IprArchive.Search.Incremental;
using IprArchive.Search.Pipelines;

namespace IprArchive.Tests.Incremental;

/// <summary>
/// The search export of a preview follows edits: an edit in place patches the few shards it
/// reaches, a change that renumbers documents exports again, and either way the export then
/// decodes to exactly what a full build's export holds (terms, postings, norms, positions,
/// avgdl, columns, result files).
/// </summary>
public sealed class SearchExportUpdateTests : IDisposable
{
    private static readonly DateOnly EditedDate = new(2019, 6, 3);
    private readonly PreviewSite _site = new(generated: 60);
    private readonly string _record = PreviewSite.RecordPath(EditedDate, "edited-statement");

    public SearchExportUpdateTests() =>
        _site.Temp.Write(_record, PreviewSite.Record("Edited statement", EditedDate, "daren-tang", "patents", "copyright"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_edit_in_place_patches_a_few_shards_and_decodes_like_a_full_export()
    {
        var session = await StartAsync();
        var shards = Directory.GetFiles(Path.Combine(_site.Output, "search", "t")).Length;

        Edit("It says what it says.", "It says zanzibar things about mediation.");
        var update = await session.UpdateAsync([_site.FullPath(_record)]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        // A small site has few shards, most of which hold some word of any record; the point is
        // that the untouched ones and the other result ranges stay as they were.
        Assert.InRange(update.Written.Count(p => p.StartsWith("search/t/", StringComparison.Ordinal)), 1, shards - 1);
        Assert.Single(update.Written.Where(p => p.StartsWith("search/d/", StringComparison.Ordinal)).Select(p => p.Split('/')[2]).Distinct());
        Assert.Contains("search/manifest.json", update.Written);
        Assert.All(update.Deleted.Where(p => p.StartsWith("search/", StringComparison.Ordinal)), p => Assert.False(File.Exists(Path.Combine(_site.Output, p))));
        Assert.Contains("zanzibar", ExportContents(Path.Combine(_site.Output, "search")).Terms.Keys);
        await AssertSameAsFullExportAsync();

        Edit("zanzibar things about mediation", "plain things");
        Assert.True((await session.UpdateAsync([_site.FullPath(_record)])).Succeeded);
        Assert.DoesNotContain("zanzibar", ExportContents(Path.Combine(_site.Output, "search")).Terms.Keys);
        await AssertSameAsFullExportAsync();
    }

    [Fact]
    public async Task An_edit_of_a_records_topics_patches_its_facet_columns_and_decodes_like_a_full_export()
    {
        var session = await StartAsync();
        var facetPages = Directory.GetFiles(Path.Combine(_site.Output, "search", "c", "facets")).Select(Path.GetFileName).ToHashSet();

        Edit("topics: [patents, copyright]", "topics: [patents, trademarks]");
        var update = await session.UpdateAsync([_site.FullPath(_record)]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.DoesNotContain("search/manifest.json", update.Deleted);
        Assert.Contains(update.Written, p => p.StartsWith("search/c/facets/", StringComparison.Ordinal) && !facetPages.Contains(Path.GetFileName(p)));
        await AssertSameAsFullExportAsync();
    }

    [Fact]
    public async Task A_new_quotation_renumbers_documents_and_the_export_is_made_again()
    {
        var session = await StartAsync();

        Edit("> Cooperation matters.", "> Cooperation matters.\n\n> Examination quality matters more.");
        var update = await session.UpdateAsync([_site.FullPath(_record)]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.Contains("search/manifest.json", update.Written);
        await AssertSameAsFullExportAsync();
    }

    private BuildOptions WithSearch(string? output = null) => _site.Options(output) with
    {
        ExtraPipelines = [SearchIndexSitePipeline.Create()],
        ExtraServices = [new SearchExportUpdater()],
    };

    private async Task<SiteSession> StartAsync()
    {
        var session = new SiteSession(WithSearch());
        var first = await session.UpdateAsync([]);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        return session;
    }

    private void Edit(string from, string to)
    {
        var path = _site.FullPath(_record);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task AssertSameAsFullExportAsync()
    {
        var reference = Path.Combine(_site.Temp.Root, "reference");
        var full = await SiteBuilder.BuildAsync(WithSearch(reference));
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        var expected = ExportContents(Path.Combine(reference, "search"));
        var actual = ExportContents(Path.Combine(_site.Output, "search"));
        Assert.Equal(expected.Manifest, actual.Manifest);
        Assert.Equal(expected.Terms, actual.Terms);
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(expected.Documents, actual.Documents);
    }

    /// <summary>What an export means, without its file names: manifest figures, every term's postings, columns, result files.</summary>
    private static (string Manifest, SortedDictionary<string, string> Terms, string Columns, SortedDictionary<int, string> Documents) ExportContents(string root)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "manifest.json")));
        var figures = $"{manifest.RootElement.GetProperty("docCount")} " + string.Join(' ', manifest.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("avgdl").ToString()));
        var terms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "t")))
        {
            foreach (var entry in TermShardReader.Read(root, Path.GetFileName(file).Split('.')[0]))
            {
                terms.Add(entry.Term, string.Join(" | ", entry.Fields.Select(f =>
                    $"{f.FieldIndex}: {string.Join(',', f.Docs)} / {string.Join(',', f.Freqs)} / {string.Join(',', f.Norms ?? [])} / {string.Join(';', (f.Positions ?? []).Select(p => string.Join(',', p)))}")));
            }
        }

        var documents = new SortedDictionary<int, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "d"), "*.json.gz", SearchOption.AllDirectories))
        {
            documents.Add(int.Parse(Path.GetFileName(file).Split('.')[0], System.Globalization.CultureInfo.InvariantCulture), Gunzip(file));
        }

        return (figures, terms, manifest.RootElement.GetProperty("columns").GetRawText(), documents);
    }

    private static string Gunzip(string path) => Encoding.Latin1.GetString(ShardFiles.Gunzip(path));
}
