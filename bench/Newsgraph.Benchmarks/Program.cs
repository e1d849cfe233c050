using Newsgraph.Benchmarks;

// bench runner: `dotnet run -c Release --project bench/Newsgraph.Benchmarks -- extraction [options]`
return BenchCommandLine.Run(args);
