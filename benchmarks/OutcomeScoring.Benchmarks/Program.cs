using BenchmarkDotNet.Running;

// "generate ..." writes a large synthetic input for the CLI measurements; "duckdb ..." and "sql ..." run or print the
// DuckDB yardstick once; "to-parquet" writes a CSV as Parquet with DuckDB; anything else runs benchmarks.
return args.Length > 0 && args[0] == "generate" ? LargeInput.Run(args[1..])
    : args.Length > 0 && args[0] == "to-parquet" ? ParquetInputFile.Run(args[1..])
    : args.Length > 0 && args[0] is "duckdb" or "sql" ? DuckDbScoring.Command(args)
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SingleScoringBenchmarks).Assembly).Run(args);
    return 0;
}
