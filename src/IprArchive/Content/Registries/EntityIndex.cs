using IprArchive.Diagnostics;

namespace IprArchive.Content.Registries;

/// <summary>
/// Finds registered entities by id or by any of their spellings, compared by <see cref="NameKey"/>.
/// </summary>
public sealed class EntityIndex<T>
    where T : class
{
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayByKey = new(StringComparer.Ordinal);
    private readonly List<T> _all = [];

    /// <summary>Registered entities in file order.</summary>
    public IReadOnlyList<T> All => _all;

    /// <summary>Name key → display name of every spelling, for near-match suggestions.</summary>
    public IReadOnlyDictionary<string, string> KnownNames => _displayByKey;

    /// <summary>The entity with this id, or null.</summary>
    public T? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entity with this id or spelling, or null.</summary>
    public T? Find(string idOrName) =>
        _byId.GetValueOrDefault(idOrName) ?? _byKey.GetValueOrDefault(NameKey.Of(idOrName));

    /// <summary>
    /// Registers <paramref name="entity"/> under <paramref name="id"/> and <paramref name="names"/>;
    /// a name already claimed by another entity is reported at <paramref name="at"/>.
    /// </summary>
    public void Add(T entity, string id, string displayName, IEnumerable<string> names, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!_byId.TryAdd(id, entity))
        {
            diagnostics.Report(Codes.RegistryConflict, at, $"id '{id}' is used by two entries");
            return;
        }

        _all.Add(entity);
        foreach (var name in names.Prepend(id))
        {
            var key = NameKey.Of(name);
            if (key.Length == 0)
            {
                continue;
            }

            if (_byKey.TryGetValue(key, out var other) && !ReferenceEquals(other, entity))
            {
                diagnostics.Report(Codes.RegistryConflict, at, $"'{name}' of '{id}' is already a name of another entry");
                continue;
            }

            _byKey[key] = entity;
            _displayByKey[key] = displayName;
        }
    }
}
