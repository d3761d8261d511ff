using OutcomeScoring.Engine;
using System.Buffers;
using System.Globalization;

namespace OutcomeScoring;

/// <content>Batch scoring of byte-coded answers stored one column per item (Arrow and Parquet layout).</content>
public sealed partial class Instrument
{
    /// <summary>Rows gathered into row order at a time where the vector kernel does not apply.</summary>
    private const int GatherRows = 256;

    /// <summary>The column kernel for the codes last used (<see langword="null"/> inside when it does not apply).</summary>
    private ColumnKernelSlot? _columnKernel;

    /// <summary>
    /// Scores response sets stored one byte per answer, one column per item (the layout of an Arrow array or a Parquet
    /// column of small integers: item 1's answers for every set, then item 2's, ...), writing one outcome per set.
    /// Outcomes are identical to those of <see cref="ScoreBatch(ReadOnlySpan{byte}, AnswerCodes, Span{ScoringOutcome})"/>
    /// given the same answers row after row, and so to <see cref="Score(ReadOnlySpan{Answer})"/>. Allocates nothing per set; safe to call from
    /// many threads.
    /// </summary>
    /// <remarks>
    /// Where the machine has AVX2 and the instrument fits (at most six scores, a scale of at most sixteen values, lane
    /// values below 256: every built-in instrument but those with more scores or a stage's answers beyond the first
    /// sixteen lanes), 32 sets are scored per instruction; otherwise blocks of sets are gathered into row order and
    /// scored by the row engine. Each byte is a raw answer or one of the <paramref name="codes"/>; a byte that is neither
    /// gives that set an <see cref="ScoringErrorKind.AnswerOutOfRange"/> outcome naming the item and value.
    /// </remarks>
    /// <param name="columns">One column per item, in item order, each <c>destination.Length</c> bytes.</param>
    /// <param name="codes">The bytes that mean "not answered" (and "not applicable").</param>
    /// <param name="destination">Where to write the outcomes, one per response set; positions count from 0.</param>
    /// <exception cref="ArgumentException">
    /// The number of columns is not the number of items; a column's length is not <c>destination.Length</c>; a code is
    /// also a value on the response scale; or the scale does not fit in a byte (values 0-255).
    /// </exception>
    public void ScoreColumns(ReadOnlySpan<ReadOnlyMemory<byte>> columns, AnswerCodes codes, Span<ScoringOutcome> destination)
    {
        CheckColumns(columns, destination.Length);
        ScoreColumnsFrom(columns, ByteTableFor(codes), destination, 0);
    }

    /// <summary>
    /// Scores response sets stored one column per item like
    /// <see cref="ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes, Span{ScoringOutcome})"/>, split into
    /// chunks of rows scored in parallel on up to <paramref name="maxDegreeOfParallelism"/> threads. The outcomes are
    /// identical to the sequential ones, in the same positions.
    /// </summary>
    /// <param name="columns">One column per item, in item order, each <c>destination.Length</c> bytes.</param>
    /// <param name="codes">The bytes that mean "not answered" (and "not applicable").</param>
    /// <param name="destination">Where to write the outcomes, one per response set.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use (for example <see cref="Environment.ProcessorCount"/>); at least 1.</param>
    /// <exception cref="ArgumentException">As for the sequential overload.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public void ScoreColumnsParallel(ReadOnlyMemory<ReadOnlyMemory<byte>> columns, AnswerCodes codes, Memory<ScoringOutcome> destination, int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        CheckColumns(columns.Span, destination.Length);
        ByteTable table = ByteTableFor(codes);
        int rows = destination.Length, k = Items.Length;

        // Whole vector blocks per chunk, big enough to amortise scheduling, small enough to balance the threads.
        int chunkRows = Math.Max(8192, (rows / (maxDegreeOfParallelism * 8)) + 1);
        chunkRows += ColumnKernel.BlockRows - (chunkRows % ColumnKernel.BlockRows);
        int chunks = (rows + chunkRows - 1) / chunkRows;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, () => new ReadOnlyMemory<byte>[k], (chunk, _, slices) =>
        {
            int first = chunk * chunkRows, count = Math.Min(chunkRows, rows - first);
            ReadOnlySpan<ReadOnlyMemory<byte>> all = columns.Span;
            for (int i = 0; i < k; i++)
            {
                slices[i] = all[i].Slice(first, count);
            }

            ScoreColumnsFrom(slices, table, destination.Span.Slice(first, count), first);
            return slices;
        }, _ => { });
    }

    private void ScoreColumnsFrom(ReadOnlySpan<ReadOnlyMemory<byte>> columns, ByteTable table, Span<ScoringOutcome> destination, int first)
    {
        int scored = 0;
        if (ColumnKernelFor(table.Codes) is { } kernel)
        {
            (scored, bool offScale) = kernel.Score(this, columns, destination, first);
            if (offScale)
            {
                RescoreOffScale(columns, table, destination[..scored], first);
            }
        }

        GatherAndScore(columns, table, destination, scored, first);
    }

    /// <summary>Scores rows from <paramref name="from"/> on by gathering them into row order for the row engine.</summary>
    private void GatherAndScore(ReadOnlySpan<ReadOnlyMemory<byte>> columns, ByteTable table, Span<ScoringOutcome> destination, int from, int first)
    {
        int k = columns.Length;
        byte[] rows = ArrayPool<byte>.Shared.Rent(GatherRows * k);
        try
        {
            for (int start = from; start < destination.Length; start += GatherRows)
            {
                int count = Math.Min(GatherRows, destination.Length - start);
                for (int i = 0; i < k; i++)
                {
                    ReadOnlySpan<byte> column = columns[i].Span.Slice(start, count);
                    for (int r = 0; r < count; r++)
                    {
                        rows[(r * k) + i] = column[r];
                    }
                }

                table.Score(this, rows.AsSpan(0, count * k), destination.Slice(start, count), first + start);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rows);
        }
    }

    /// <summary>Re-scores, one by one through the row engine, the rows the kernel found a byte off the scale in, to name the item and value.</summary>
    private void RescoreOffScale(ReadOnlySpan<ReadOnlyMemory<byte>> columns, ByteTable table, Span<ScoringOutcome> destination, int first)
    {
        Span<byte> row = stackalloc byte[columns.Length];
        for (int r = 0; r < destination.Length; r++)
        {
            if (destination[r].HasOffScaleAnswers)
            {
                for (int i = 0; i < columns.Length; i++)
                {
                    row[i] = columns[i].Span[r];
                }

                table.Score(this, row, destination.Slice(r, 1), first + r);
            }
        }
    }

    private void CheckColumns(ReadOnlySpan<ReadOnlyMemory<byte>> columns, int setCount)
    {
        if (columns.Length != Items.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{Name} has {Items.Length} items, so it needs {Items.Length} answer columns; {columns.Length} were given."),
                nameof(columns));
        }

        for (int i = 0; i < columns.Length; i++)
        {
            if (columns[i].Length != setCount)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{Name}: the column for item {Items[i].Number} has {columns[i].Length} answers; {setCount} response sets need {setCount}."),
                    nameof(columns));
            }
        }
    }

    private ColumnKernel? ColumnKernelFor(AnswerCodes codes)
    {
        ColumnKernelSlot? slot = Volatile.Read(ref _columnKernel);
        if (slot is null || slot.Codes != codes)
        {
            slot = new ColumnKernelSlot(codes, ColumnKernel.TryCreate(this, codes));
            Volatile.Write(ref _columnKernel, slot);
        }

        return slot.Kernel;
    }

    /// <summary>The kernel built for some codes, or none when it does not apply (remembered so as not to try again).</summary>
    private sealed record ColumnKernelSlot(AnswerCodes Codes, ColumnKernel? Kernel);
}
