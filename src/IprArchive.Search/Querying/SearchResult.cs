using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IprArchive.Search.Querying;

/// <summary>
/// One result as shown: the same shape the browser engine returns. A quotation's URL is its
/// record's with <c>#q-N</c> (its <see cref="Anchor"/> is then ""), its speakers the one credited.
/// </summary>
public sealed record SearchHit(
    string Url,
    string Title,
    string Date,
    IReadOnlyList<string> Speakers,
    float Score,
    string Snippet,
    string Anchor)
{
    /// <summary><see cref="DocumentTypes.Announcement"/> or <see cref="DocumentTypes.Quote"/>.</summary>
    public string Type { get; init; } = DocumentTypes.Announcement;

    /// <summary>A quotation's speaker's role and organisation at the time.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Credit { get; init; }

    /// <summary>A quotation's event.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Event { get; init; }
}

/// <summary>A page of results, the total and facet counts over the whole (filtered) result set.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)
{
    /// <summary>
    /// How many quotations match the query, filters and dates, whether or not they are shown
    /// (by default a search shows records: this says whether asking for quotations would find some).
    /// </summary>
    public int Quotations { get; init; }

    /// <summary>
    /// Hits per year ("2019" → n), every year from the archive's first to its last included,
    /// oldest first; empty when the query could not be parsed.
    /// </summary>
    public IReadOnlyDictionary<string, int> Timeline { get; init; } = new Dictionary<string, int>();

    /// <summary>The query as searched, when it differs from what was typed (a quotation or a
    /// parenthesis closed for the user): "Showing results for …".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Understood { get; init; }

    /// <summary>Other names of a speaker or organisation the query searched ("SIPO: former name of
    /// CNIPA"), when there are hits; null otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<NameAlias>? Aliases { get; init; }

    /// <summary>A friendly message when the query could not be parsed (then there are no hits).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The JSON `iprarchive search --json` prints.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
