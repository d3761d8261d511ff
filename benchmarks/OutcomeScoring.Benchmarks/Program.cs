using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SingleScoringBenchmarks).Assembly).Run(args);
