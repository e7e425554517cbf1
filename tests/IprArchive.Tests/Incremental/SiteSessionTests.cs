using IprArchive.Diagnostics;
using IprArchive.Pipelines;
using IprArchive.Pipelines.Incremental;

namespace IprArchive.Tests.Incremental;

/// <summary>
/// Incremental preview updates: after a full build, a record change rewrites only the files whose
/// bytes change, and the output is then byte for byte what a full build of the same input gives.
/// </summary>
public sealed class SiteSessionTests : IDisposable
{
    private static readonly DateOnly EditedDate = new(2019, 6, 3);
    private readonly PreviewSite _site = new();
    private readonly string _record;

    public SiteSessionTests()
    {
        _record = PreviewSite.RecordPath(EditedDate, "edited-statement");
        _site.Temp.Write(_record, PreviewSite.Record("Edited statement", EditedDate, "daren-tang", "patents", "copyright"));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_edited_title_rewrites_only_the_pages_that_show_the_record_and_matches_a_full_build()
    {
        var session = await StartAsync();
        var hashesBefore = PreviewSite.Hashes(_site.Output);
        var timesBefore = PreviewSite.WriteTimes(_site.Output);
        await Task.Delay(50); // so that a rewrite would show in the write times

        Edit(_record, "Edited statement", "Renamed statement");
        var update = await session.UpdateAsync([_site.FullPath(_record)]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.False(update.FullBuild);
        var changed = PreviewSite.Differences(hashesBefore, PreviewSite.Hashes(_site.Output));
        Assert.Equal(changed, new SortedSet<string>(update.Written, StringComparer.Ordinal));
        Assert.Equal(changed, Touched(timesBefore));
        Assert.Contains("announcements/2019/edited-statement/index.html", changed);
        Assert.Contains("announcements/2019/index.html", changed);
        Assert.Contains("speakers/daren-tang/index.html", changed);
        Assert.Contains("topics/copyright/index.html", changed);
        Assert.Contains("speakers/daren-tang/feed.xml", changed);
        Assert.DoesNotContain("search/index.html", changed);
        Assert.DoesNotContain("announcements/2016/index.html", changed);
        Assert.DoesNotContain("sitemap.xml", changed); // same URLs, same dates
        Assert.InRange(changed.Count, 5, hashesBefore.Count / 10);
        Assert.Contains("Renamed statement", await File.ReadAllTextAsync(Path.Combine(_site.Output, "announcements/2019/edited-statement/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task The_statements_export_is_rewritten_only_when_a_quotation_reads_differently()
    {
        var session = await StartAsync();

        Edit(_record, "It says what it says.", "It says something else entirely.");
        var prose = await session.UpdateAsync([_site.FullPath(_record)]);
        Assert.True(prose.Succeeded, string.Join("\n", prose.Diagnostics));
        Assert.Contains("announcements/2019/edited-statement/index.html", prose.Written);
        Assert.DoesNotContain("statements.json", prose.Written);
        await AssertSameAsFullBuildAsync();

        Edit(_record, "> Cooperation matters.", "> Cooperation matters more than ever.");
        var quotation = await session.UpdateAsync([_site.FullPath(_record)]);
        Assert.Contains("statements.json", quotation.Written);
        Assert.Contains("Cooperation matters more than ever.", await File.ReadAllTextAsync(Path.Combine(_site.Output, "statements.json")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_record_moved_to_another_date_moves_through_archives_neighbours_and_feeds()
    {
        var session = await StartAsync();
        var moved = PreviewSite.RecordPath(new DateOnly(2020, 1, 15), "edited-statement");

        Edit(_record, "date: 2019-06-03", "date: 2020-01-15");
        File.Move(_site.FullPath(_record), _site.FullPath(moved));
        var update = await session.UpdateAsync([_site.FullPath(_record), _site.FullPath(moved)]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.False(update.FullBuild);
        Assert.Contains("announcements/2019/edited-statement/index.html", update.Deleted);
        Assert.Contains("announcements/2020/edited-statement/index.html", update.Written);
        Assert.Contains("sitemap.xml", update.Written);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task An_added_record_gets_its_page_and_joins_the_lists()
    {
        var session = await StartAsync();
        var added = PreviewSite.RecordPath(new DateOnly(2020, 2, 2), "added-statement");

        _site.Temp.Write(added, PreviewSite.Record("Added statement", new DateOnly(2020, 2, 2), "shen-changyu", "enforcement", "a brand new topic"));
        var update = await session.UpdateAsync([_site.FullPath(added)]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.Contains("announcements/2020/added-statement/index.html", update.Written);
        Assert.Contains("topics/a-brand-new-topic/index.html", update.Written);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_deleted_record_loses_its_page_and_an_archive_it_alone_filled()
    {
        _site.Temp.Write(PreviewSite.RecordPath(new DateOnly(2018, 3, 3), "lonely"), PreviewSite.Record("Lonely", new DateOnly(2018, 3, 3), "kathi-vidal", "only here"));
        var session = await StartAsync();
        Assert.True(File.Exists(Path.Combine(_site.Output, "topics/only-here/index.html")));

        File.Delete(_site.FullPath(PreviewSite.RecordPath(new DateOnly(2018, 3, 3), "lonely")));
        var update = await session.UpdateAsync([_site.FullPath(PreviewSite.RecordPath(new DateOnly(2018, 3, 3), "lonely"))]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.Contains("announcements/2018/lonely/index.html", update.Deleted);
        Assert.Contains("topics/only-here/feed.xml", update.Deleted);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "topics/only-here")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_renamed_record_moves_its_page()
    {
        var session = await StartAsync();
        var renamed = PreviewSite.RecordPath(EditedDate, "better-slug");

        File.Move(_site.FullPath(_record), _site.FullPath(renamed));
        var update = await session.UpdateAsync([_site.FullPath(_record), _site.FullPath(renamed)]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.Contains("announcements/2019/edited-statement/index.html", update.Deleted);
        Assert.Contains("announcements/2019/better-slug/index.html", update.Written);
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_broken_record_writes_nothing_and_reports_where_then_its_fix_catches_up()
    {
        var session = await StartAsync();
        var before = PreviewSite.Hashes(_site.Output);
        Edit(_record, "Edited statement", "Fixed later");
        var original = await File.ReadAllTextAsync(_site.FullPath(_record));

        await File.WriteAllTextAsync(_site.FullPath(_record), original.Replace("date: 2019-06-03", "date: 2019-06-31", StringComparison.Ordinal));
        var broken = await session.UpdateAsync([_site.FullPath(_record)]);

        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((_record, 3), (error.File, error.Line));
        Assert.Equal(before, PreviewSite.Hashes(_site.Output));

        await File.WriteAllTextAsync(_site.FullPath(_record), original);
        var fixedUpdate = await session.UpdateAsync([_site.FullPath(_record)]);

        Assert.True(fixedUpdate.Succeeded, string.Join("\n", fixedUpdate.Diagnostics));
        Assert.False(fixedUpdate.FullBuild);
        Assert.Contains("Fixed later", await File.ReadAllTextAsync(Path.Combine(_site.Output, "announcements/2019/edited-statement/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task A_second_record_at_the_same_address_is_refused()
    {
        var session = await StartAsync();
        var twin = "announcements/2019/2019-06-03-edited-statement-copy.md";

        _site.Temp.Write(twin, PreviewSite.Record("Twin", EditedDate, "daren-tang", "patents").Replace("---\n\n", "slug: edited-statement\n---\n\n", StringComparison.Ordinal));
        var update = await session.UpdateAsync([_site.FullPath(twin)]);

        Assert.False(update.Succeeded);
        Assert.Contains(update.Diagnostics, d => d.Code == "IPR020");
    }

    [Fact]
    public async Task A_registry_change_rebuilds_everything()
    {
        var session = await StartAsync();
        var speakers = _site.FullPath("data/speakers.yml");
        await File.WriteAllTextAsync(speakers, (await File.ReadAllTextAsync(speakers)).Replace("name: Daren Tang", "name: Daren Tang Heng Shim", StringComparison.Ordinal));

        var update = await session.UpdateAsync([speakers]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        Assert.True(update.FullBuild);
        Assert.Contains("Daren Tang Heng Shim", await File.ReadAllTextAsync(Path.Combine(_site.Output, "speakers/daren-tang/index.html")));
        await AssertSameAsFullBuildAsync();
    }

    [Fact]
    public async Task Editor_swap_files_and_non_records_beside_records_change_nothing()
    {
        var session = await StartAsync();
        var swap = _site.Temp.Write("announcements/2019/.2019-06-03-edited-statement.md.swp", "junk");
        var note = _site.Temp.Write("announcements/2019/4913", "");

        var update = await session.UpdateAsync([swap, note]);

        Assert.True(update.Succeeded);
        Assert.False(update.FullBuild);
        Assert.False(update.ChangedAnything);
    }

    private async Task<SiteSession> StartAsync()
    {
        var session = new SiteSession(_site.Options());
        var first = await session.UpdateAsync([]);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.True(first.FullBuild);
        return session;
    }

    private void Edit(string record, string from, string to)
    {
        var path = _site.FullPath(record);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
    }

    private SortedSet<string> Touched(Dictionary<string, DateTime> before) =>
        new(PreviewSite.WriteTimes(_site.Output).Where(kv => before.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => kv.Key), StringComparer.Ordinal);

    private async Task AssertSameAsFullBuildAsync()
    {
        var reference = Path.Combine(_site.Temp.Root, "reference");
        var full = await SiteBuilder.BuildAsync(_site.Options(reference));
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Equal(PreviewSite.Differences([], []), PreviewSite.Differences(PreviewSite.Hashes(reference), PreviewSite.Hashes(_site.Output)));
    }
}
