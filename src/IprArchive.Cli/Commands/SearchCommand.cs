using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IprArchive.Cli.Console;
using IprArchive.Diagnostics;
using IprArchive.Facets;
using IprArchive.Search;
using IprArchive.Search.Querying;

namespace IprArchive.Cli.Commands;

/// <summary>
/// <c>iprarchive search</c>: queries the Lucene index a build kept, with the same syntax, filters
/// and ranking as the site's search page; a table on a terminal, the engine's JSON with <c>--json</c>.
/// </summary>
public static partial class SearchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Terms, \"phrases\", OR, NOT/-, +, field:term (speaker: org: topic: plan: year: lang:), prefix*, (groups)." };
        var index = new Option<string>("--index") { Description = "The output folder of a build (its index is kept beside it).", DefaultValueFactory = _ => "output", HelpName = "OUTPUT" };
        // One filter option per counted facet, named after its index field (--speaker, --org, --year…).
        var facetOptions = FacetCatalogue.Default.All.Where(f => f.Counted)
            .Select(f => (f.Key, Option: Multi("--" + f.Field, $"Only this {f.Label.ToLowerInvariant()} (repeatable: any of them)."))).ToList();
        var facet = Multi("--facet", "Only records with this facet value, as FACET=VALUE (any facet the index has, e.g. country=China; repeatable).");
        var from = new Option<string?>("--from") { Description = "Earliest date, YYYY-MM-DD.", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Latest date, YYYY-MM-DD.", HelpName = "DATE" };
        var sort = new Option<string>("--sort") { Description = "relevance or date (newest first).", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var top = new Option<int>("--top", "-n") { Description = "How many results.", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Which page of results.", DefaultValueFactory = _ => 1 };
        var quotes = new Option<bool>("--quotes") { Description = "Quotations only (who said what, linked to #q-N), instead of records; same as type:quote in the query." };
        var json = new Option<bool>("--json") { Description = "Print the JSON the browser engine returns." };
        var command = new Command("search", "Search the archive's index from the command line.") { query, index, facet, from, to, sort, top, page, quotes, json };
        foreach (var (_, option) in facetOptions)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(from), out var fromDate) || !TryDate(parse.GetValue(to), out var toDate) || parse.GetValue(top) < 1 || parse.GetValue(page) < 1)
            {
                context.Error.WriteLine("error: --from/--to must be YYYY-MM-DD, and --top/--page at least 1.");
                return ExitCodes.Usage;
            }

            if (Filters(parse.GetValue(facet) ?? [], facetOptions.Select(o => (o.Key, parse.GetValue(o.Option) ?? []))) is not { } filters)
            {
                context.Error.WriteLine("error: --facet takes FACET=VALUE, e.g. --facet country=China.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(quotes))
            {
                filters[DocumentTypes.Field] = [DocumentTypes.Quote];
            }

            var request = new SearchRequest
            {
                Query = parse.GetValue(query)!,
                Filters = filters,
                From = fromDate,
                To = toDate,
                Sort = parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
                Page = parse.GetValue(page),
                PageSize = parse.GetValue(top),
            };
            return Run(context, parse.GetValue(index)!, request, parse.GetValue(json));
        });
        return command;
    }

    /// <summary>Facet key → accepted values, from the per-facet options and <c>--facet key=value</c>; null when one of those has no '='.</summary>
    private static Dictionary<string, IReadOnlyList<string>>? Filters(string[] pairs, IEnumerable<(string Key, string[] Values)> options)
    {
        var filters = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in options.Where(o => o.Values.Length > 0))
        {
            filters[key] = [.. values];
        }

        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                return null;
            }

            var key = pair[..at];
            if (!filters.TryGetValue(key, out var values))
            {
                filters[key] = values = [];
            }

            values.Add(pair[(at + 1)..]);
        }

        return filters.ToDictionary(f => f.Key, IReadOnlyList<string> (f) => f.Value, StringComparer.Ordinal);
    }

    private static int Run(CliContext context, string output, SearchRequest request, bool json)
    {
        var indexDirectory = SearchIndexLocation.For(output);
        if (!Directory.Exists(indexDirectory))
        {
            return IndexProblem(context, indexDirectory, $"no search index for '{output}'; run 'iprarchive build --output {output}' first");
        }

        SearchResult result;
        SearchSchema schema;
        try
        {
            using var service = SearchService.Open(indexDirectory);
            result = service.Search(request);
            schema = service.Schema;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Lucene's missing and corrupt index errors are IOExceptions; a half-written index must not crash the command.
            return IndexProblem(context, indexDirectory, $"the search index for '{output}' cannot be read ({ex.Message.Split('\n')[0]})");
        }

        if (json)
        {
            context.Output.WriteLine(result.ToJson());
            return result.Error is null ? ExitCodes.Success : ExitCodes.Failure;
        }

        if (result.Error is not null)
        {
            context.Error.WriteLine("error: " + result.Error);
            return ExitCodes.Failure;
        }

        PrintTable(context, request, result);
        PrintFacets(context, schema, result);
        return ExitCodes.Success;
    }

    private static int IndexProblem(CliContext context, string indexDirectory, string message)
    {
        var descriptor = Codes.SearchIndexUnreadable;
        new DiagnosticPrinter(context.Error, "", DiagnosticFormat.Text)
            .Print([new Diagnostic(descriptor.Code, descriptor.Severity, indexDirectory, 0, 0, message, descriptor.Hint)], "1 error.");
        return ExitCodes.Failure;
    }

    private static void PrintTable(CliContext context, SearchRequest request, SearchResult result)
    {
        var first = ((request.Page - 1) * request.PageSize) + 1;
        var quotes = request.Filters.TryGetValue(DocumentTypes.Field, out var types) && types.SequenceEqual([DocumentTypes.Quote]);
        var noun = quotes ? "quotation" : "result";
        if (result.Understood is not null)
        {
            context.Output.WriteLine($"Showing results for {result.Understood}");
        }

        foreach (var alias in result.Aliases ?? [])
        {
            context.Output.WriteLine(alias.ToString());
        }

        context.Output.WriteLine(result.Total == 0
            ? $"No {noun}s."
            : $"{result.Total} {noun}{(result.Total == 1 ? "" : "s")}; showing {first}-{first + result.Hits.Count - 1}.");
        var rank = first;
        foreach (var hit in result.Hits)
        {
            context.Output.WriteLine();
            context.Output.WriteLine($"{rank++,3}. {hit.Title}");
            context.Output.WriteLine($"     {hit.Date}  {Who(hit)}  score {hit.Score.ToString("0.0000", CultureInfo.InvariantCulture)}");
            context.Output.WriteLine($"     {hit.Url}{hit.Anchor}");
            context.Output.WriteLine($"     {PlainSnippet(hit.Snippet, context.IsInteractive)}");
        }
    }

    // The first few values of each facet the index counts, under the facet's label.
    private const int FacetValuesShown = 5;

    private static void PrintFacets(CliContext context, SearchSchema schema, SearchResult result)
    {
        if (result.Total > 0)
        {
            context.Output.WriteLine();
        }

        foreach (var facet in schema.Counted)
        {
            if (result.Facets.GetValueOrDefault(facet.Key) is not { Count: > 0 } counts)
            {
                continue;
            }

            var shown = counts.Take(FacetValuesShown).Select(c => $"{c.Key} ({c.Value})");
            var more = counts.Count > FacetValuesShown ? $", {counts.Count - FacetValuesShown} more" : "";
            context.Output.WriteLine($"{facet.Label}: {string.Join(", ", shown)}{more}");
        }
    }

    /// <summary>A record's speakers; a quotation's speaker with role and organisation at the time, and the event.</summary>
    private static string Who(SearchHit hit)
    {
        if (hit.Type != DocumentTypes.Quote)
        {
            return string.Join(", ", hit.Speakers);
        }

        var speaker = hit.Speakers.Count == 0 ? "speaker not certain" : hit.Speakers[0] + (hit.Credit is null ? "" : $" ({hit.Credit})");
        return hit.Event is null ? speaker : $"{speaker}, {hit.Event}";
    }

    // <mark> becomes bold on a terminal and [brackets] elsewhere; the rest is unescaped text.
    private static string PlainSnippet(string html, bool terminal)
    {
        var marked = Mark().Replace(html, m => terminal ? $"\u001b[1m{m.Groups[1].Value}\u001b[0m" : $"[{m.Groups[1].Value}]");
        return WebUtility.HtmlDecode(Tag().Replace(marked, ""));
    }

    private static Option<string[]> Multi(string name, string description) =>
        new(name) { Description = description, AllowMultipleArgumentsPerToken = false, HelpName = "VALUE" };

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
