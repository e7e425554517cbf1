using IprArchive.Content;
using IprArchive.Facets;
using IprArchive.Markdown;
using IprArchive.Pipelines.Views;
using IprArchive.Statements;

namespace IprArchive.Pipelines.Site;

/// <summary>Builds the <see cref="PageModel"/> of each kind of page.</summary>
public static class PageModels
{
    /// <summary>An announcement page.</summary>
    public static PageModel Announcement(Announcement a, RenderedMarkdown body, IReadOnlyList<Quotation> quotations, SiteIndex index, SiteContext site) => new()
    {
        Site = site.SiteView,
        Page = new PageMeta
        {
            Title = a.Title,
            Description = a.Summary ?? Truncate(body.PlainText),
            Url = a.Url,
            Language = a.Language,
            OgType = "article",
            Kind = "announcement",
            JsonLd = JsonLd.NewsArticle(a, body, quotations, site),
            Feeds = [.. a.Speakers.Select(s => index.Find(FacetCatalogue.Speaker, s.Speaker.Slug))
                .OfType<Archive>().Select(FeedOf).OfType<FeedLink>()],
        },
        Announcement = AnnouncementViews.Page(a, body, quotations, index, site),
    };

    /// <summary>Page <paramref name="number"/> of <paramref name="archive"/>.</summary>
    public static PageModel ArchivePage(Archive archive, int number, SiteIndex index, StatementIndex statements, SiteContext site)
    {
        var size = Math.Max(1, site.Settings.PageSize);
        var count = (archive.Items.Count + size - 1) / size;
        var items = archive.Items.Skip((number - 1) * size).Take(size).ToList();
        var description = $"{archive.Items.Count} record{(archive.Items.Count == 1 ? "" : "s")} — {archive.Kind.Label} {archive.Name}";
        return new PageModel
        {
            Site = site.SiteView,
            Page = new PageMeta
            {
                Title = number == 1 ? archive.Name : $"{archive.Name} (page {number})",
                Description = description,
                Url = PageUrl(archive, number),
                Language = site.Settings.Language,
                Kind = "archive",
                PrevUrl = number > 1 ? PageUrl(archive, number - 1) : null,
                NextUrl = number < count ? PageUrl(archive, number + 1) : null,
                Feeds = FeedOf(archive) is { } feed ? [feed] : [],
            },
            Archive = new ArchivePageView
            {
                KindLabel = archive.Kind.Label,
                Name = archive.Name,
                Facts = ArchiveFacts.Of(archive, site.Content.Registry),
                FormerNames = ArchiveFacts.FormerNames(archive),
                Aliases = ArchiveFacts.Aliases(archive),
                Roles = ArchiveFacts.Roles(archive, site.Content.Registry, index),
                Organizations = ArchiveFacts.Organizations(archive),
                Items = [.. items.Select(a => ItemOf(archive, a))],
                Statements = [.. ArchiveStatements.Of(archive, items, statements).Select(AnnouncementViews.StatementEntry)],
                TotalItems = archive.Items.Count,
                PageNumber = number,
                Pages = [.. Enumerable.Range(1, count).Select(n => new PageLink(n, PageUrl(archive, n), n == number))],
                FeedUrl = archive.FeedUrl,
                Section = new LinkView(Archive.SectionTitle(archive.Kind), Archive.SectionUrl(archive.Kind)),
            },
        };
    }

    // On a plan page each record says why it is in the period.
    private static AnnouncementSummaryView ItemOf(Archive archive, Announcement a) =>
        archive.Kind.Key == FacetCatalogue.Plan.Key
            ? AnnouncementViews.Summary(a) with { Note = a.PlanIsTagged ? "tagged" : "by date" }
            : AnnouncementViews.Summary(a);

    /// <summary>Number of pages <paramref name="archive"/> is split into.</summary>
    public static int PageCount(Archive archive, SiteContext site) =>
        (archive.Items.Count + Math.Max(1, site.Settings.PageSize) - 1) / Math.Max(1, site.Settings.PageSize);

    /// <summary>Site URL of page <paramref name="number"/> of <paramref name="archive"/>.</summary>
    public static string PageUrl(Archive archive, int number) => number == 1 ? archive.Url : $"{archive.Url}page/{number}/";

    /// <summary>The index of every archive of <paramref name="kind"/>.</summary>
    public static PageModel Section(Facet kind, SiteIndex index, SiteContext site) => new()
    {
        Site = site.SiteView,
        Page = new PageMeta
        {
            Title = Archive.SectionTitle(kind),
            Description = $"{Archive.SectionTitle(kind)} in {site.Settings.Title}",
            Url = Archive.SectionUrl(kind),
            Language = site.Settings.Language,
            Kind = "section",
        },
        Section = new SectionView(Archive.SectionTitle(kind), Entries(kind, index)),
    };

    /// <summary>The home page.</summary>
    public static PageModel Home(SiteIndex index, StatementIndex statements, SiteContext site) => new()
    {
        Site = site.SiteView,
        Page = new PageMeta
        {
            Title = site.Settings.Title,
            Description = site.Settings.Description,
            Url = "/",
            Language = site.Settings.Language,
            Kind = "home",
        },
        Home = new HomeView(
            [.. index.Newest.Take(HomeRecords).Select(AnnouncementViews.Summary)],
            [.. index.Facets.WithPages.Select(kind => WayIn(kind, index))],
            index.Newest.Count,
            [.. LatestStatements(index, statements).Select(AnnouncementViews.StatementEntry)]),
    };

    // A first screen of each: the year pages hold the rest.
    private const int HomeRecords = 8;
    private const int HomeStatements = 6;

    // The newest records' attributed quotations; walking the newest records stops as soon as enough are found.
    private static IEnumerable<Statement> LatestStatements(SiteIndex index, StatementIndex statements) =>
        index.Newest.SelectMany(statements.Of).Where(s => s.Quotation.Speaker is not null).Take(HomeStatements);

    // The home page shows the largest archives of each kind, so its size does not grow with the corpus.
    private const int HomeEntriesPerSection = 12;

    private static HomeSection WayIn(Facet kind, SiteIndex index)
    {
        var all = index.ArchivesOf(kind).ToList();
        var shown = kind.Pages?.Order == ValueOrder.NewestFirst
            ? all.Take(HomeEntriesPerSection)
            : all.OrderByDescending(a => a.Items.Count).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).Take(HomeEntriesPerSection);
        return new HomeSection(
            kind.Pages!.WayInTitle,
            Archive.SectionUrl(kind),
            [.. shown.Select(a => new SectionEntry(a.Name, a.Url, a.Items.Count, ArchiveFacts.Note(a)))],
            all.Count);
    }

    /// <summary>Site-relative URL of the about page.</summary>
    public const string AboutUrl = "/about/";

    /// <summary>The about page: <c>input/about.md</c> rendered like a record's body, or a default text from the settings.</summary>
    public static PageModel About(SiteContext site)
    {
        var path = Path.Combine(site.Content.Input.Root, "about.md");
        var markdown = File.Exists(path) ? File.ReadAllText(path) : DefaultAbout(site.Settings);
        return Plain("About this archive", AboutUrl, "about", site, noIndex: false) with
        {
            About = new AboutView(site.Markdown.Render(markdown).Html, site.Settings.CorrectionsUrl),
        };
    }

    private static string DefaultAbout(SiteSettings settings) =>
        $"{settings.Description}\n\nEach record gives the date, the speakers with their role at the time, and a link to the original source. Quotations are attributed to a speaker only when the text says who spoke.\n";

    /// <summary>A page with no subject of its own (404, search).</summary>
    public static PageModel Plain(string title, string url, string kind, SiteContext site, bool noIndex) => new()
    {
        Site = site.SiteView,
        Page = new PageMeta
        {
            Title = title,
            Description = site.Settings.Description,
            Url = url,
            Language = site.Settings.Language,
            Kind = kind,
            NoIndex = noIndex,
        },
    };

    /// <summary>A page that redirects to <paramref name="a"/>.</summary>
    public static PageModel Redirect(Announcement a, SiteContext site) => new()
    {
        Site = site.SiteView,
        Page = new PageMeta
        {
            Title = a.Title,
            Description = a.Summary ?? a.Title,
            Url = a.Url, // canonical points at the target
            Language = a.Language,
            Kind = "redirect",
            NoIndex = true,
        },
        Redirect = new RedirectView(a.Url, a.Title),
    };

    private static IReadOnlyList<SectionEntry> Entries(Facet kind, SiteIndex index) =>
        [.. index.ArchivesOf(kind).Select(a => new SectionEntry(a.Name, a.Url, a.Items.Count, ArchiveFacts.Note(a)))];

    private static FeedLink? FeedOf(Archive archive) =>
        archive.FeedUrl is { } url ? new FeedLink($"{archive.Kind.Label}: {archive.Name}", url, "application/atom+xml") : null;

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..197].TrimEnd() + "…";
}
