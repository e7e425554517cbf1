namespace IprArchive.Parity;

/// <summary>The few `--name value` options the parity tool takes; `--corpus` may repeat.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Every `--corpus` directory, in order.</summary>
    public List<string> Corpora { get; } = [];

    /// <summary>Parses `--name value` pairs.</summary>
    public static Arguments Parse(IEnumerable<string> args)
    {
        var result = new Arguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current.TrimStart('-');
            var value = e.MoveNext() ? e.Current : throw new ArgumentException($"--{name} needs a value");
            if (name == "corpus") result.Corpora.Add(value);
            else result._values[name] = value;
        }
        return result;
    }

    /// <summary>The option's value, or an error naming it.</summary>
    public string Required(string name) =>
        _values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");

    /// <summary>The option's value, or <paramref name="fallback"/>.</summary>
    public string Optional(string name, string fallback) => _values.GetValueOrDefault(name, fallback);
}
