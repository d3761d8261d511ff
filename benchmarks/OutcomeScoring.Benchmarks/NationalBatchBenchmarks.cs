using BenchmarkDotNet.Attributes;
using OutcomeScoring;

/// <summary>
/// National-scale batch scoring: 100,000 byte-coded response sets stored row after row (one byte per answer,
/// 255 = not answered), scored into a reused outcome buffer, against a baseline that only reads and sums the
/// same bytes (the floor any scorer must pay). Reported per response set.
/// </summary>
[MemoryDiagnoser]
public class NationalBatchBenchmarks
{
    private const int Rows = 100_000;

    private Instrument _instrument = null!;
    private AnswerCodes _codes;
    private byte[] _answers = [];
    private int[] _sums = [];
    private ScoringOutcome[] _outcomes = [];

    /// <summary>Gets or sets the instrument (by catalogue id).</summary>
    [Params("core-10", "core-om", "yp-core", "dialog")]
    public string InstrumentId { get; set; } = "core-10";

    [GlobalSetup]
    public void Setup()
    {
        _instrument = Instruments.Get(InstrumentId);
        _codes = InstrumentId == "dialog" ? new AnswerCodes(255, 254) : new AnswerCodes(255);
        _answers = SyntheticAnswers.Bytes(_instrument, Rows, _codes, seed: 20261122);
        _sums = new int[Rows];
        _outcomes = new ScoringOutcome[Rows];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public void Sum_bytes_only()
    {
        ReadOnlySpan<byte> answers = _answers;
        Span<int> sums = _sums;
        int k = _instrument.Items.Length;
        for (int row = 0; row < sums.Length; row++)
        {
            int sum = 0;
            foreach (byte b in answers.Slice(row * k, k))
            {
                sum += b;
            }

            sums[row] = sum;
        }
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public void Score_batch() => _instrument.ScoreBatch(_answers, _codes, _outcomes);

    [Benchmark(OperationsPerInvoke = Rows)]
    public void Score_batch_parallel() => _instrument.ScoreBatchParallel(_answers, _codes, _outcomes, Environment.ProcessorCount);
}
