using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/IprArchive.Benchmarks -- --filter '*'
// (add --job short for a quick look; see docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(IprArchive.Benchmarks.SampleSite).Assembly).Run(args);
