using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;
using OutcomeScoring;

/// <summary>
/// Columnar scoring (issue 17, goal 3): 100,000 seeded response sets held one byte column per item (Arrow and Parquet
/// layout), scored with <see cref="Instrument.ScoreColumns"/>, against a same-run baseline that only reads the same
/// bytes with 256-bit vectors (<c>Avx2.SumAbsoluteDifferences</c> over every column), and against the row-major byte
/// batch and its scalar byte sum. The <c>Score_columnar_*</c> methods score into a columnar result
/// (<see cref="ColumnarScores"/>: one column per count, sum and reason, stored 32 rows per instruction) instead of one
/// 72-byte outcome per set. Reported per response set.
/// </summary>
[MemoryDiagnoser]
public class ColumnarBatchBenchmarks
{
    private const int Rows = 100_000;

    /// <summary>A streaming reader's outcome buffer: scored block after block, as a Parquet row group is.</summary>
    private const int BufferRows = 4096;

    private Instrument _instrument = null!;
    private readonly AnswerCodes _codes = new(255);
    private byte[] _rowMajor = [];
    private ReadOnlyMemory<byte>[] _columns = [];
    private ScoringOutcome[] _outcomes = [];
    private ScoringOutcome[] _buffer = [];
    private ReadOnlyMemory<byte>[] _slices = [];
    private ColumnarScores _result = null!;
    private ColumnarScores _streamed = null!;
    private int[] _sums = [];

    /// <summary>Gets or sets the instrument (by catalogue id).</summary>
    [Params("core-10", "core-om")]
    public string InstrumentId { get; set; } = "core-10";

    /// <summary>Gets the last vector sum, so that the baseline's work is not dropped.</summary>
    public ulong Checksum { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _instrument = Instruments.Get(InstrumentId);
        _rowMajor = SyntheticAnswers.Bytes(_instrument, Rows, _codes, seed: 20261206);
        int k = _instrument.Items.Length;
        var columns = new byte[k][];
        for (int i = 0; i < k; i++)
        {
            columns[i] = new byte[Rows];
            for (int row = 0; row < Rows; row++)
            {
                columns[i][row] = _rowMajor[(row * k) + i];
            }
        }

        _columns = [.. columns.Select(c => (ReadOnlyMemory<byte>)c)];
        _slices = new ReadOnlyMemory<byte>[k];
        _outcomes = new ScoringOutcome[Rows];
        _buffer = new ScoringOutcome[BufferRows];
        _sums = new int[Rows];
        _result = _instrument.ScoreColumns(_columns, _codes);
        _streamed = _instrument.ScoreColumns([.. _columns.Select(c => c[..BufferRows])], _codes);
    }

    /// <summary>Reads every answer byte once with 256-bit vectors (32 bytes per SumAbsoluteDifferences) and keeps a sum.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public void Read_bytes_vectorised()
    {
        Vector256<ulong> total = Vector256<ulong>.Zero;
        foreach (ReadOnlyMemory<byte> column in _columns)
        {
            ReadOnlySpan<byte> bytes = column.Span;
            int i = 0;
            for (; i + 32 <= bytes.Length; i += 32)
            {
                total += Avx2.SumAbsoluteDifferences(Vector256.Create(bytes.Slice(i, 32)), Vector256<byte>.Zero).AsUInt64();
            }

            for (; i < bytes.Length; i++)
            {
                total += Vector256.CreateScalar((ulong)bytes[i]);
            }
        }

        Checksum = Vector256.Sum(total);
    }

    /// <summary>Scores every set into one outcome per set (a 7.2 MB buffer, beyond L2).</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public void Score_columns() => _instrument.ScoreColumns(_columns, _codes, _outcomes);

    /// <summary>Scores 4,096 sets at a time into one reused outcome buffer (288 KB), as a streaming writer would.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public void Score_columns_streamed()
    {
        for (int first = 0; first < Rows; first += BufferRows)
        {
            int count = Math.Min(BufferRows, Rows - first);
            for (int i = 0; i < _slices.Length; i++)
            {
                _slices[i] = _columns[i].Slice(first, count);
            }

            _instrument.ScoreColumns(_slices, _codes, _buffer.AsSpan(0, count));
        }
    }

    /// <summary>Both cores.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public void Score_columns_parallel() => _instrument.ScoreColumnsParallel(_columns, _codes, _outcomes, Environment.ProcessorCount);

    /// <summary>Scores every set into a columnar result (reused, so nothing is allocated): no per-row outcome.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public ColumnarScores Score_columnar() => _instrument.ScoreColumns(_columns, _codes, _result);

    /// <summary>Scores 4,096 sets at a time into one reused columnar result, as a Parquet reader would row group by row group.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public void Score_columnar_streamed()
    {
        for (int first = 0; first < Rows; first += BufferRows)
        {
            int count = Math.Min(BufferRows, Rows - first);
            for (int i = 0; i < _slices.Length; i++)
            {
                _slices[i] = _columns[i].Slice(first, count);
            }

            _instrument.ScoreColumns(_slices, _codes, _streamed);
        }
    }

    /// <summary>The columnar result on both cores.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public ColumnarScores Score_columnar_parallel() => _instrument.ScoreColumnsParallel(_columns, _codes, Environment.ProcessorCount, _result);

    /// <summary>The same answers row after row through the row-major byte batch.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public void Score_row_batch() => _instrument.ScoreBatch(_rowMajor, _codes, _outcomes);

    /// <summary>The row-major byte batch's own baseline: a scalar sum of each row's bytes.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public void Sum_row_bytes_scalar()
    {
        ReadOnlySpan<byte> answers = _rowMajor;
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
}
