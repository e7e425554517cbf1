using IprArchive.Parity;

// Usage:
//   tokens  --corpus DIR [--corpus DIR...] --out FILE.json
//   queries --corpus DIR [--corpus DIR...] --count N --out DIR
var options = Arguments.Parse(args.Skip(1));
switch (args.FirstOrDefault())
{
    case "tokens":
        var cases = TokensCommand.Run(options.Corpora, options.Required("out"));
        Console.WriteLine($"wrote {cases} token cases to {options.Required("out")}");
        return 0;
    case "queries":
        return QueriesCommand.Run(options);
    default:
        Console.Error.WriteLine("usage: tokens --corpus DIR... --out FILE.json | queries --corpus DIR... --count N --out DIR");
        return 2;
}
