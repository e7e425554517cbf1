using System.Collections.Concurrent;
using IprArchive.Content;
using IprArchive.Diagnostics;

namespace IprArchive.Pipelines.Records;

/// <summary>
/// The compiled records of the last run, for a preview session (Statiq's document cache): a record
/// read again is a new <see cref="Announcement"/> object, so a record found here by reference has
/// not changed and keeps its compiled record and warnings. Registered with the engine, it is
/// filled by <see cref="Modules.CompileRecords"/>; <see cref="Next"/> starts the following run.
/// </summary>
public sealed class RecordCache
{
    private readonly IReadOnlyDictionary<Announcement, Compiled> _previous;
    private readonly ConcurrentDictionary<Announcement, Compiled> _current = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentBag<Announcement> _compiled = [];

    /// <summary>An empty cache, for a session's first, full build.</summary>
    public RecordCache()
        : this(new Dictionary<Announcement, Compiled>(ReferenceEqualityComparer.Instance))
    {
    }

    private RecordCache(IReadOnlyDictionary<Announcement, Compiled> previous) => _previous = previous;

    /// <summary>The record compiled for <paramref name="announcement"/> in the last run, with its warnings.</summary>
    public bool TryReuse(Announcement announcement, out Compiled compiled)
    {
        if (!_previous.TryGetValue(announcement, out compiled!))
        {
            return false;
        }

        _current[announcement] = compiled;
        return true;
    }

    /// <summary>Keeps a record compiled in this run.</summary>
    public void Keep(Announcement announcement, Compiled compiled)
    {
        _current[announcement] = compiled;
        _compiled.Add(announcement);
    }

    /// <summary>Records of the last run that this run did not reuse: the previous versions of changed records, and deleted ones.</summary>
    public IReadOnlyList<Announcement> Previous => [.. _previous.Keys.Where(a => !_current.ContainsKey(a))];

    /// <summary>Records compiled in this run: changed and added ones.</summary>
    public IReadOnlyList<Announcement> Current => [.. _compiled];

    /// <summary>Every record of this run, compiled.</summary>
    public IReadOnlyDictionary<Announcement, CompiledRecord> Records => _current.ToDictionary<KeyValuePair<Announcement, Compiled>, Announcement, CompiledRecord>(kv => kv.Key, kv => kv.Value.Record, ReferenceEqualityComparer.Instance);

    /// <summary>The cache for the run after this one (which succeeded).</summary>
    public RecordCache Next() => new(_current.ToDictionary(ReferenceEqualityComparer.Instance));

    /// <summary>A compiled record and the warnings its compilation reported.</summary>
    public sealed record Compiled(CompiledRecord Record, IReadOnlyList<Diagnostic> Warnings);
}
