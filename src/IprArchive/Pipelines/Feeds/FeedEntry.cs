using IprArchive.Content;

namespace IprArchive.Pipelines.Feeds;

/// <summary>An announcement as a feed lists it.</summary>
/// <param name="Announcement">The record.</param>
/// <param name="Summary">Its summary, or for summary-only feeds its first paragraph when it has none.</param>
/// <param name="Html">Its rendered body, in full-content feeds only.</param>
public sealed record FeedEntry(Announcement Announcement, string? Summary, string? Html);

/// <summary>What a feed is about: its title, where it lives, and the page it describes.</summary>
/// <param name="Title">Feed title.</param>
/// <param name="FeedUrl">Site URL of the feed itself.</param>
/// <param name="PageUrl">Site URL of the HTML page with the same entries.</param>
/// <param name="Entries">Newest first.</param>
/// <param name="FullContent">
/// Whether entries carry the whole body. The site feed does; the hundreds of per-speaker, -topic
/// and -organisation feeds carry the summary and link, which keeps the build and the output small.
/// </param>
public sealed record FeedSpec(string Title, string FeedUrl, string PageUrl, IReadOnlyList<FeedEntry> Entries, bool FullContent = true);
