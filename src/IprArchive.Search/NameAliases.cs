using System.Text.Json;
using IprArchive.Search.Analysis;
using Lucene.Net.Analysis;

namespace IprArchive.Search;

/// <summary>
/// A result's note that a query word is another name of a speaker or organisation the index
/// searches too: "SIPO: former name of CNIPA".
/// </summary>
/// <param name="Alias">The other name as the registry writes it ("SIPO").</param>
/// <param name="Name">The display name it stands for ("CNIPA").</param>
/// <param name="Relation">"former name" or "other name".</param>
public sealed record NameAlias(string Alias, string Name, string Relation)
{
    /// <summary>The line a reader sees.</summary>
    public override string ToString() => $"{Alias}: {Relation} of {Name}";
}

/// <summary>
/// Field ("org", "speaker") → alias key (the alias's analysed terms joined by spaces) → what it
/// stands for. The builder collects it from the documents, keeps it in the index's commit data,
/// and the exporter writes it for the browser (src/search-client/aliases.js reads the same JSON).
/// </summary>
internal sealed class NameAliasTable
{
    /// <summary>Relation of an alias listed among an entity's former names.</summary>
    public const string FormerName = "former name";

    /// <summary>Relation of any other alias (acronym, spelling, name in another script).</summary>
    public const string OtherName = "other name";

    /// <summary>The commit-data key the table is kept under.</summary>
    public const string CommitKey = "nameAliases";

    private readonly SortedDictionary<string, SortedDictionary<string, List<NameAlias>>> _fields = new(StringComparer.Ordinal);

    /// <summary>Whether no alias is known.</summary>
    public bool IsEmpty => _fields.Count == 0;

    /// <summary>Adds the aliases of <paramref name="entity"/> searched in <paramref name="field"/>.</summary>
    public void Add(Analyzer analyzer, string field, SearchEntity entity)
    {
        if (entity.Aliases.Count == 0) return;
        var own = Key(analyzer, field, entity.Name);
        foreach (var alias in entity.Aliases)
        {
            var key = Key(analyzer, field, alias);
            // An alias that analyses like the name itself (a spelling without accents) explains nothing.
            if (key.Length == 0 || key == own) continue;
            var relation = entity.FormerNames.Contains(alias) ? FormerName : OtherName;
            Add(field, key, new NameAlias(alias, entity.Name, relation));
        }
    }

    private void Add(string field, string key, NameAlias alias)
    {
        if (!_fields.TryGetValue(field, out var keys)) _fields[field] = keys = new(StringComparer.Ordinal);
        if (!keys.TryGetValue(key, out var list)) keys[key] = list = [];
        // One note per name and key; the first alias in ordinal order, so any build order gives the same table.
        var same = list.FindIndex(a => a.Name == alias.Name);
        if (same < 0) list.Add(alias);
        else if (string.CompareOrdinal(alias.Alias, list[same].Alias) < 0) list[same] = alias;
        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
    }

    /// <summary>Adds every entry of <paramref name="other"/> (the tables of an index built in parts).</summary>
    public void AddAll(NameAliasTable other)
    {
        foreach (var (field, keys) in other._fields)
            foreach (var (key, list) in keys)
                foreach (var alias in list) Add(field, key, alias);
    }

    /// <summary>Every (field, key) of the table, in order.</summary>
    public IEnumerable<(string Field, string Key)> Keys => _fields.SelectMany(f => f.Value.Keys.Select(k => (f.Key, k)));

    /// <summary>What the key stands for in the field (none when it is no alias).</summary>
    public IReadOnlyList<NameAlias> Lookup(string field, string key) =>
        _fields.TryGetValue(field, out var keys) && keys.TryGetValue(key, out var list) ? list : [];

    /// <summary>The alias's analysed terms, space-separated, as a query's term or phrase gives them.</summary>
    public static string Key(Analyzer analyzer, string field, string text) =>
        string.Join(' ', AnalyzedToken.Analyze(analyzer, text, field).Select(t => t.Term));

    /// <summary>Compact JSON: {"org":{"sipo":[["SIPO","CNIPA","former name"]]}}.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        _fields.ToDictionary(f => f.Key, f => f.Value.ToDictionary(k => k.Key, k => k.Value.Select(a => new[] { a.Alias, a.Name, a.Relation }).ToList(), StringComparer.Ordinal), StringComparer.Ordinal),
        JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads what <see cref="ToJson"/> wrote; null or empty text gives an empty table.</summary>
    public static NameAliasTable Parse(string? text)
    {
        var table = new NameAliasTable();
        if (string.IsNullOrEmpty(text)) return table;
        var fields = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[][]>>>(text) ?? [];
        foreach (var (field, keys) in fields)
            foreach (var (key, entries) in keys)
                foreach (var entry in entries)
                    table.Add(field, key, new NameAlias(entry[0], entry[1], entry[2]));
        return table;
    }
}
