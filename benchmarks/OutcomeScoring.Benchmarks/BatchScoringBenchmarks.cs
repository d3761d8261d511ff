using BenchmarkDotNet.Attributes;
using OutcomeScoring;
using OutcomeScoring.CoreFamily;

/// <summary>Scoring 10,000 response sets: row-major span into a reused outcome buffer, and the list overload.</summary>
[MemoryDiagnoser]
public class BatchScoringBenchmarks
{
    private const int Rows = 10_000;

    private Answer[] _core10 = [];
    private Answer[] _coreOm = [];
    private Answer[][] _core10Rows = [];
    private ScoringOutcome[] _outcomes = [];

    [GlobalSetup]
    public void Setup()
    {
        _core10 = SampleForms.Rows(Rows, 10, 4);
        _coreOm = SampleForms.Rows(Rows, 34, 5);
        _core10Rows = [.. _core10.Chunk(10)];
        _outcomes = new ScoringOutcome[Rows];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public void Core10_span_batch() => Core10.Instrument.ScoreBatch(_core10, _outcomes);

    [Benchmark(OperationsPerInvoke = Rows)]
    public void CoreOm_span_batch() => CoreOm.Instrument.ScoreBatch(_coreOm, _outcomes);

    [Benchmark(OperationsPerInvoke = Rows)]
    public ScoringOutcome[] Core10_list_batch() => Core10.Instrument.ScoreBatch(_core10Rows);
}
