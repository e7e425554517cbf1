namespace IprArchive.Pipelines.Site;

/// <summary>Metadata keys the site pipelines set on documents (other pipelines, such as search, read them).</summary>
public static class MetadataKeys
{
    /// <summary>The <see cref="Content.Announcement"/> a document is about.</summary>
    public const string Announcement = "announcement";

    /// <summary>
    /// The record's quotations with their speakers, in reading order
    /// (<c>IReadOnlyList&lt;</c><see cref="Statements.Quotation"/><c>&gt;</c>): what search indexes as sub-documents.
    /// </summary>
    public const string Quotations = "quotations";

    /// <summary>
    /// Builds the <see cref="Views.PageModel"/> a layout renders (a <c>Func&lt;PageModel&gt;</c>).
    /// Called as the page is written: a model holds the page's text, and building it at the last
    /// moment keeps only the pages in flight in memory, however large the archive.
    /// </summary>
    public const string Model = "model";

    /// <summary>
    /// Makes a document's text when it is written (a <c>Func&lt;string&gt;</c>), for files that are
    /// not pages (feeds, exports): a preview update then makes only the files a change reaches.
    /// </summary>
    public const string ContentFactory = "content-factory";

    /// <summary>Name of the layout to render (<c>layouts/{name}.liquid</c>).</summary>
    public const string Layout = "layout";

    /// <summary>False for pages rendered without the shell (redirects).</summary>
    public const string WithShell = "with-shell";

    /// <summary>Site-relative URL of an HTML page that belongs in the sitemap.</summary>
    public const string SitemapUrl = "sitemap-url";

    /// <summary>Last-modified date (<see cref="DateOnly"/>) for the sitemap.</summary>
    public const string LastModified = "lastmod";
}
