using IprArchive.Content;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Modules;
using IprArchive.Pipelines.Records;
using IprArchive.Pipelines.Views;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>Metadata keys the site pipelines set on documents (other pipelines, such as search, read them).</summary>
public static class MetadataKeys
{
    /// <summary>The <see cref="Content.Announcement"/> a document is about.</summary>
    public static readonly MetadataKey<Announcement> Announcement = new("announcement");

    /// <summary>
    /// The record compiled once by the Inputs pipeline: its front matter, paragraphs, credited
    /// quotations and rendered body. Every later pipeline reads the record from here.
    /// </summary>
    public static readonly MetadataKey<CompiledRecord> Record = new("record");

    /// <summary>
    /// Builds the <see cref="PageModel"/> a layout renders. Called as the page is written: a model
    /// holds the page's text, and building it at the last moment keeps only the pages in flight in
    /// memory, however large the archive.
    /// </summary>
    public static readonly MetadataKey<Func<PageModel>> Model = new("model");

    /// <summary>
    /// Makes a document's text when it is written, for files that are not pages (feeds, exports):
    /// a preview update then makes only the files a change reaches.
    /// </summary>
    public static readonly MetadataKey<Func<string>> ContentFactory = new("content-factory");

    /// <summary>Name of the layout to render (<c>layouts/{name}.liquid</c>).</summary>
    public static readonly MetadataKey<string> Layout = new("layout");

    /// <summary>False for pages rendered without the shell (redirects).</summary>
    public static readonly MetadataKey<bool?> WithShell = new("with-shell");

    /// <summary>Site-relative URL of an HTML page that belongs in the sitemap.</summary>
    public static readonly MetadataKey<string?> SitemapUrl = new("sitemap-url");

    /// <summary>Last-modified date for the sitemap.</summary>
    public static readonly MetadataKey<DateOnly?> LastModified = new("lastmod");

    /// <summary>
    /// The <see cref="Site.SiteIndex"/> the Data pipeline built, carried by its first document:
    /// dependents read it from <c>OutputsOf(Data)</c> (see <see cref="BuildSiteIndex"/>).
    /// </summary>
    public static readonly MetadataKey<SiteIndex> SiteIndex = new("site-index");

    /// <summary>
    /// The <see cref="StatementIndex"/> the Statements pipeline built, carried by its first
    /// document (no destination): dependents read it from <c>OutputsOf(Statements)</c>
    /// (see <see cref="IndexStatements"/>).
    /// </summary>
    public static readonly MetadataKey<StatementIndex> Statements = new("statements");

    /// <summary>The <see cref="Site.Archive"/> a Data document stands for.</summary>
    public static readonly MetadataKey<Archive> Archive = new("archive");
}
