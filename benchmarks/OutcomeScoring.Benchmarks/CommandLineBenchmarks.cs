using BenchmarkDotNet.Attributes;
using OutcomeScoring;
using OutcomeScoring.Cli;

/// <summary>
/// <c>outcome-scoring score &lt;instrument&gt; &lt;in.csv&gt; --output &lt;out.csv&gt; --quiet</c> end to end, in process, on a
/// seeded file of <see cref="Rows"/> rows (<see cref="LargeInput"/>: an id and the items, about 3% blank), against the
/// same job done by DuckDB (<see cref="DuckDbScoring"/>, the baseline) and by the general CSV path that every command
/// used before (<c>General_path</c>: CsvHelper, a string per cell). All three write a file; the general and fast paths
/// write the same bytes.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class CommandLineBenchmarks
{
    private string _folder = "";
    private string _input = "";

    [Params("core-10", "core-om")]
    public string InstrumentId { get; set; } = "core-10";

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("outcome-scoring-cli-bench-").FullName;
        _input = Path.Combine(_folder, "in.csv");
        LargeInput.Write(Instruments.Get(InstrumentId), Rows, _input, seed: 1);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public void DuckDb() => DuckDbScoring.Run(InstrumentId, _input, Path.Combine(_folder, "duckdb.csv"));

    [Benchmark]
    public int General_path() => CsvScorer.ScoreFile(
        new FileInfo(_input), new FileInfo(Path.Combine(_folder, "general.csv")), new CoreRowScorer(Instruments.Get(InstrumentId), null),
        TextWriter.Null, TextWriter.Null, showProgress: false, new RowTally(writeSummary: false, failOnRowErrors: false), fast: false);

    [Benchmark]
    public int Command_line() =>
        CliApp.Run(["score", InstrumentId, _input, "--output", Path.Combine(_folder, "fast.csv"), "--quiet"], TextWriter.Null, TextWriter.Null);
}
