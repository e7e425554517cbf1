using System.Xml;
using IprArchive.Output;
using IprArchive.Pipelines.Site;

namespace IprArchive.Pipelines.Feeds;

/// <summary>Writes an Atom 1.0 feed (RFC 4287). Dates are calendar dates, given as midnight UTC.</summary>
public static class AtomFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed document as text.</summary>
    public static string Write(FeedSpec feed, SiteUrls urls, string siteTitle) => XmlText.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteElementString("id", urls.Absolute(feed.FeedUrl));
        xml.WriteElementString("title", XmlText.Clean(feed.Title));
        xml.WriteElementString("updated", Timestamp(feed.Entries.Count > 0 ? feed.Entries[0].Announcement.Date : new DateOnly(2000, 1, 1)));
        Link(xml, "self", urls.Absolute(feed.FeedUrl), "application/atom+xml");
        Link(xml, "alternate", urls.Absolute(feed.PageUrl), "text/html");
        xml.WriteStartElement("author");
        xml.WriteElementString("name", XmlText.Clean(siteTitle));
        xml.WriteEndElement();
        xml.WriteElementString("generator", "IprArchive");
        foreach (var entry in feed.Entries)
        {
            Entry(xml, entry, urls, feed.FullContent);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    });

    /// <summary><c>2021-06-01T00:00:00Z</c>: the calendar date, never shifted by a time zone.</summary>
    public static string Timestamp(DateOnly date) => AnnouncementViews.IsoDate(date) + "T00:00:00Z";

    private static void Entry(XmlWriter xml, FeedEntry entry, SiteUrls urls, bool fullContent)
    {
        var a = entry.Announcement;
        xml.WriteStartElement("entry");
        xml.WriteAttributeString("xml", "lang", null, a.Language);
        xml.WriteElementString("id", urls.Absolute(a.Url));
        xml.WriteElementString("title", XmlText.Clean(a.Title));
        xml.WriteElementString("published", Timestamp(a.Date));
        xml.WriteElementString("updated", Timestamp(a.Date));
        Link(xml, "alternate", urls.Absolute(a.Url), "text/html");
        foreach (var speaker in a.Speakers)
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", XmlText.Clean(speaker.Speaker.Name));
            xml.WriteElementString("uri", urls.Absolute(AnnouncementViews.SpeakerUrl(speaker.Speaker)));
            xml.WriteEndElement();
        }

        foreach (var topic in a.Topics)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", XmlText.Clean(topic.Name));
            xml.WriteEndElement();
        }

        var summary = entry.Summary;
        if (!string.IsNullOrWhiteSpace(summary))
        {
            xml.WriteElementString("summary", XmlText.Clean(summary));
        }

        if (fullContent && entry.Html is not null)
        {
            WriteContent(xml, entry);
        }

        xml.WriteEndElement();
    }

    private static void WriteContent(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlText.Clean(entry.Html!));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
