using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IprArchive.Search.Querying;

/// <summary>One result as shown: the same shape the browser engine returns.</summary>
public sealed record SearchHit(
    string Url,
    string Title,
    string Date,
    IReadOnlyList<string> Speakers,
    float Score,
    string Snippet,
    string Anchor);

/// <summary>A page of results, the total and facet counts over the whole (filtered) result set.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)
{
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
