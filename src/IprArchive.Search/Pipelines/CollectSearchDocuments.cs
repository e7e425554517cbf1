using IprArchive.Content;
using IprArchive.Markdown;
using IprArchive.Pipelines.Engine;
using IprArchive.Pipelines.Site;

namespace IprArchive.Search.Pipelines;

/// <summary>
/// Process phase: adds one document per published announcement of <paramref name="contentPipeline"/>,
/// carrying its <see cref="SearchDocument"/> under <see cref="Key"/> (and no destination).
/// </summary>
public sealed class CollectSearchDocuments(string contentPipeline) : IModule
{
    /// <summary>Metadata key of the <see cref="SearchDocument"/>.</summary>
    public const string Key = "search-document";

    /// <inheritdoc/>
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var records = context.OutputsOf(contentPipeline)
            .Where(d => d.Get<Announcement>(MetadataKeys.Announcement) is { Excluded: false })
            .Select(d => new Document { Source = d.Source }.With(Key, ToSearchDocument(
                d.GetRequired<Announcement>(MetadataKeys.Announcement),
                d.GetRequired<RenderedMarkdown>(MetadataKeys.Rendered))));
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. records]);
    }

    /// <summary>
    /// What the index knows of an announcement: its rendered paragraphs (paragraph i is the page's
    /// <c>#p-{i+1}</c>), and every registry name of its speakers, organisations and plan, so that
    /// an acronym or a former name ("SIPO") finds the records of today's name ("CNIPA").
    /// </summary>
    public static SearchDocument ToSearchDocument(Announcement announcement, RenderedMarkdown rendered)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(rendered);
        return new SearchDocument
        {
            Url = announcement.Url,
            Title = announcement.Title,
            Date = announcement.Date,
            Language = announcement.Language,
            Summary = announcement.Summary ?? "",
            Paragraphs = [.. rendered.Paragraphs.Select(p => p.Text)],
            Speakers = [.. announcement.Speakers.Select(s => Entity(s.Speaker.Id, s.Speaker.Name, s.Speaker.Aliases))],
            Organizations = [.. announcement.Organizations.Select(o => Entity(o.Id, o.DisplayName, o.AllNames))],
            Topics = [.. announcement.Topics.Select(t => t.Name)],
            Plan = announcement.Plan is { } plan ? Entity(plan.Id, plan.Name, plan.Aliases) : null,
            Event = announcement.Event,
        };
    }

    // The display name is indexed once; repeating it as an alias would inflate its term frequency.
    private static SearchEntity Entity(string id, string name, IEnumerable<string> names) =>
        new(id, name, [.. names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)]);
}
