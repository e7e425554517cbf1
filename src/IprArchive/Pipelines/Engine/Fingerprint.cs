using System.Collections;

namespace IprArchive.Pipelines.Engine;

/// <summary>
/// What a document's output is made from, as the module that made it read it from the site index:
/// the records it shows, its place in a list, its page number. Two fingerprints are equal when
/// their parts are, one by one (lists item by item; records are immutable and a changed record is
/// a new object, so an unchanged one compares by reference at once). A preview update renders a
/// document again only when its fingerprint differs from the last run's for the same destination;
/// a document without one is always rendered, and any file is written only when its bytes differ.
/// </summary>
/// <remarks>
/// The parts are worked out on first comparison: a full build outside a preview never pays for them.
/// </remarks>
public sealed class Fingerprint(Func<object?[]> parts) : IEquatable<Fingerprint>
{
    private readonly Lazy<object?[]> _parts = new(parts);

    /// <summary>Works the parts out now (a session does it after its full build, so that its first update does not).</summary>
    public Fingerprint Evaluated()
    {
        _ = _parts.Value;
        return this;
    }

    /// <inheritdoc/>
    public bool Equals(Fingerprint? other) => other is not null && Same(_parts.Value, other._parts.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Fingerprint);

    /// <inheritdoc/>
    public override int GetHashCode() => _parts.Value.Length;

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (null, _) or (_, null) => false,
        (string, _) => a.Equals(b),
        (IEnumerable x, IEnumerable y) => SameItems(x, y),
        _ => a.Equals(b),
    };

    private static bool SameItems(IEnumerable a, IEnumerable b)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var more = left.MoveNext();
            if (more != right.MoveNext()) return false;
            if (!more) return true;
            if (!Same(left.Current, right.Current)) return false;
        }
    }
}
