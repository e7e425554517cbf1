using IprArchive.Bench;

// `dotnet run --project src/IprArchive.Bench -c Release -- [--records N] [--compare-anchors]`, or
// `... -- corpus --records N --out DIR` to generate a corpus only (the parity tests do).
var root = BenchCommand.Create(Console.Out, Console.Error);
root.Add(CorpusCommand.Create(Console.Out, Console.Error));
root.Add(IncrementalCommand.Create(Console.Out));
return await root.Parse(args).InvokeAsync();
