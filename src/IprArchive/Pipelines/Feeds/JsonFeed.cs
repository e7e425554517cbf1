using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IprArchive.Output;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Feeds;

/// <summary>Writes a JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeed
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    /// <summary>The feed document as text.</summary>
    public static string Write(FeedSpec feed, SiteUrls urls, string description, string language)
    {
        var root = new JsonObject
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = feed.Title,
            ["home_page_url"] = urls.Absolute(feed.PageUrl),
            ["feed_url"] = urls.Absolute(feed.FeedUrl),
            ["description"] = description,
            ["language"] = language,
            ["items"] = new JsonArray([.. feed.Entries.Select(e => (JsonNode)Item(e, urls))]),
        };
        return root.ToJsonString(Options);
    }

    private static JsonObject Item(FeedEntry entry, SiteUrls urls)
    {
        var a = entry.Announcement;
        var item = new JsonObject
        {
            ["id"] = urls.Absolute(a.Url),
            ["url"] = urls.Absolute(a.Url),
            ["title"] = a.Title,
            ["content_html"] = entry.Html ?? "",
            ["date_published"] = AtomFeed.Timestamp(a.Date),
            ["language"] = a.Language,
            ["authors"] = new JsonArray([.. a.Speakers.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Speaker.Name,
                ["url"] = urls.Absolute(AnnouncementViews.SpeakerUrl(s.Speaker)),
            })]),
        };
        if (!string.IsNullOrWhiteSpace(a.Summary))
        {
            item["summary"] = a.Summary;
        }

        if (a.Topics.Count > 0)
        {
            item["tags"] = new JsonArray([.. a.Topics.Select(t => (JsonNode)t.Name)]);
        }

        if (AnnouncementViews.SafeHttpUrl(a.Source?.Url) is { } source)
        {
            item["external_url"] = source;
        }

        return item;
    }
}
