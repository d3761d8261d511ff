using OutcomeScoring.Engine;
using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;

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

        (int chunkRows, int chunks) = ColumnChunks(rows, maxDegreeOfParallelism);
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

    /// <summary>
    /// Scores response sets stored one byte per answer, one column per item (the layout of an Arrow array or a Parquet
    /// column of small integers), into a columnar result: per row the error kind, the items answered and the risk items
    /// flagged; per score and row the items answered and not applicable and why it is not computable, with values on
    /// demand. Every row means exactly what <see cref="Score(ReadOnlySpan{Answer})"/> gives for its decoded answers
    /// (<see cref="ColumnarScores.Outcome(int)"/> rebuilds that outcome); each score follows its own missing-item rule
    /// (<see cref="ScoreDefinition.MaximumMissing"/>, sourced in <see cref="ScoreDefinition.Source"/>; CORE's in
    /// specs/core.md, "Common model"). Safe to call from many threads.
    /// </summary>
    /// <remarks>
    /// Where the machine has AVX2 and the instrument fits the vector kernel (as for
    /// <see cref="ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes, Span{ScoringOutcome})"/>), each column of
    /// the result is stored 32 rows per instruction, with no per-row outcome; otherwise rows are gathered into row order
    /// and scored one by one by the row engine (the scalar fallback), with the same result. A row with a byte that is
    /// neither a code nor on the scale is re-scored one by one to name the item and value
    /// (<see cref="ScoringErrorKind.AnswerOutOfRange"/>); the other rows are unaffected.
    /// </remarks>
    /// <param name="columns">One column per item, in item order, all the same length (the number of rows).</param>
    /// <param name="codes">The bytes that mean "not answered" (and "not applicable").</param>
    /// <returns>A new result, owned by the caller.</returns>
    /// <exception cref="ArgumentException">
    /// The number of columns is not the number of items; the columns differ in length; a code is also a value on the
    /// response scale; the scale does not fit in a byte (values 0-255); or the instrument has more than 255 items (its
    /// counts would not fit the result's byte columns: score it into <see cref="ScoringOutcome"/> values instead).
    /// </exception>
    public ColumnarScores ScoreColumns(ReadOnlySpan<ReadOnlyMemory<byte>> columns, AnswerCodes codes) =>
        ScoreColumns(columns, codes, NewColumnarScores(), vector: true);

    /// <summary>
    /// Scores response sets stored one column per item like
    /// <see cref="ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes)"/>, reusing the storage of a result the
    /// caller no longer reads (a reader scoring a file row group after row group allocates nothing once its result has
    /// grown to the largest group).
    /// </summary>
    /// <param name="columns">One column per item, in item order, all the same length (the number of rows).</param>
    /// <param name="codes">The bytes that mean "not answered" (and "not applicable").</param>
    /// <param name="reuse">
    /// A result of this instrument that the caller hands over: it is overwritten with the new rows and returned.
    /// </param>
    /// <returns><paramref name="reuse"/>, holding the new rows.</returns>
    /// <exception cref="ArgumentException">As for the overload without <paramref name="reuse"/>, or <paramref name="reuse"/> is another instrument's result.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reuse"/> is <see langword="null"/>.</exception>
    public ColumnarScores ScoreColumns(ReadOnlySpan<ReadOnlyMemory<byte>> columns, AnswerCodes codes, ColumnarScores reuse) =>
        ScoreColumns(columns, codes, CheckReuse(reuse), vector: true);

    /// <summary>
    /// Scores response sets stored one column per item into a columnar result like
    /// <see cref="ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes)"/>, split into chunks of rows scored in
    /// parallel on up to <paramref name="maxDegreeOfParallelism"/> threads; the result is identical to the sequential one.
    /// </summary>
    /// <param name="columns">One column per item, in item order, all the same length (the number of rows).</param>
    /// <param name="codes">The bytes that mean "not answered" (and "not applicable").</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use (for example <see cref="Environment.ProcessorCount"/>); at least 1.</param>
    /// <returns>A new result, owned by the caller.</returns>
    /// <exception cref="ArgumentException">As for the sequential overload.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public ColumnarScores ScoreColumnsParallel(ReadOnlyMemory<ReadOnlyMemory<byte>> columns, AnswerCodes codes, int maxDegreeOfParallelism) =>
        ScoreColumnsParallel(columns, codes, maxDegreeOfParallelism, NewColumnarScores());

    /// <summary>
    /// Scores response sets in parallel like <see cref="ScoreColumnsParallel(ReadOnlyMemory{ReadOnlyMemory{byte}}, AnswerCodes, int)"/>,
    /// reusing the storage of a result the caller hands over (as for
    /// <see cref="ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes, ColumnarScores)"/>).
    /// </summary>
    /// <param name="columns">One column per item, in item order, all the same length (the number of rows).</param>
    /// <param name="codes">The bytes that mean "not answered" (and "not applicable").</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; at least 1.</param>
    /// <param name="reuse">A result of this instrument that the caller hands over: it is overwritten and returned.</param>
    /// <returns><paramref name="reuse"/>, holding the new rows.</returns>
    /// <exception cref="ArgumentException">As for the sequential overload.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reuse"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public ColumnarScores ScoreColumnsParallel(ReadOnlyMemory<ReadOnlyMemory<byte>> columns, AnswerCodes codes, int maxDegreeOfParallelism, ColumnarScores reuse)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        CheckReuse(reuse);
        int rows = columns.Length == 0 ? 0 : columns.Span[0].Length, k = Items.Length;
        CheckColumns(columns.Span, rows);
        ByteTable table = ByteTableFor(codes);
        reuse.Reset(rows);
        (int chunkRows, int chunks) = ColumnChunks(rows, maxDegreeOfParallelism);
        var errors = new List<ScoringOutcome>();
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, () => new ReadOnlyMemory<byte>[k], (chunk, _, slices) =>
        {
            int first = chunk * chunkRows, count = Math.Min(chunkRows, rows - first);
            ReadOnlySpan<ReadOnlyMemory<byte>> all = columns.Span;
            for (int i = 0; i < k; i++)
            {
                slices[i] = all[i].Slice(first, count);
            }

            List<ScoringOutcome>? chunkErrors = null;
            ScoreColumnsInto(slices, table, reuse, first, vector: true, ref chunkErrors);
            if (chunkErrors is not null)
            {
                lock (errors)
                {
                    errors.AddRange(chunkErrors);
                }
            }

            return slices;
        }, _ => { });
        reuse.AddErrors(CollectionsMarshal.AsSpan(errors));
        return reuse;
    }

    /// <summary>The sequential columnar scoring; <paramref name="vector"/> = <see langword="false"/> forces the scalar fallback (tests).</summary>
    internal ColumnarScores ScoreColumns(ReadOnlySpan<ReadOnlyMemory<byte>> columns, AnswerCodes codes, ColumnarScores target, bool vector)
    {
        int rows = columns.Length == 0 ? 0 : columns[0].Length;
        CheckColumns(columns, rows);
        ByteTable table = ByteTableFor(codes);
        target.Reset(rows);
        List<ScoringOutcome>? errors = null;
        ScoreColumnsInto(columns, table, target, 0, vector, ref errors);
        if (errors is not null)
        {
            target.AddErrors(CollectionsMarshal.AsSpan(errors));
        }

        return target;
    }

    /// <summary>Scores columns (a chunk's slices) into the result's rows from <paramref name="firstRow"/> on; error rows are added to <paramref name="errors"/>.</summary>
    private void ScoreColumnsInto(ReadOnlySpan<ReadOnlyMemory<byte>> columns, ByteTable table, ColumnarScores target, int firstRow, bool vector, ref List<ScoringOutcome>? errors)
    {
        int rows = columns[0].Length, scored = 0;
        if (vector && ColumnKernelFor(table.Codes) is { } kernel)
        {
            (scored, bool offScale) = kernel.ScoreInto(columns, rows, target, firstRow);
            if (offScale)
            {
                ReadOnlySpan<byte> marked = target.ErrorColumn.AsSpan(firstRow, scored);
                Span<byte> row = stackalloc byte[columns.Length];
                for (int r = marked.IndexOfAnyExcept((byte)0); r >= 0 && r < scored; r++)
                {
                    if (marked[r] != 0)
                    {
                        GatherRow(columns, r, row);
                        ScoringOutcome outcome = default;
                        table.Score(this, row, new Span<ScoringOutcome>(ref outcome), firstRow + r);
                        target.Store(firstRow + r, outcome, errors ??= []);
                    }
                }
            }
        }

        if (scored < rows)
        {
            GatherInto(columns, table, target, scored, firstRow, ref errors);
        }
    }

    /// <summary>The scalar fallback: rows from <paramref name="from"/> on gathered into row order, scored by the row engine and stored into the columns.</summary>
    private void GatherInto(ReadOnlySpan<ReadOnlyMemory<byte>> columns, ByteTable table, ColumnarScores target, int from, int firstRow, ref List<ScoringOutcome>? errors)
    {
        int k = columns.Length, rows = columns[0].Length;
        byte[] gathered = ArrayPool<byte>.Shared.Rent(GatherRows * k);
        ScoringOutcome[] outcomes = ArrayPool<ScoringOutcome>.Shared.Rent(GatherRows);
        try
        {
            for (int start = from; start < rows; start += GatherRows)
            {
                int count = Math.Min(GatherRows, rows - start);
                for (int i = 0; i < k; i++)
                {
                    ReadOnlySpan<byte> column = columns[i].Span.Slice(start, count);
                    for (int r = 0; r < count; r++)
                    {
                        gathered[(r * k) + i] = column[r];
                    }
                }

                table.Score(this, gathered.AsSpan(0, count * k), outcomes.AsSpan(0, count), firstRow + start);
                for (int r = 0; r < count; r++)
                {
                    target.Store(firstRow + start + r, outcomes[r], errors ??= []);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(gathered);
            ArrayPool<ScoringOutcome>.Shared.Return(outcomes, clearArray: true);
        }
    }

    private static void GatherRow(ReadOnlySpan<ReadOnlyMemory<byte>> columns, int r, Span<byte> row)
    {
        for (int i = 0; i < columns.Length; i++)
        {
            row[i] = columns[i].Span[r];
        }
    }

    /// <summary>Whole vector blocks per chunk, big enough to amortise scheduling, small enough to balance the threads.</summary>
    private static (int ChunkRows, int Chunks) ColumnChunks(int rows, int maxDegreeOfParallelism)
    {
        int chunkRows = Math.Max(8192, (rows / (maxDegreeOfParallelism * 8)) + 1);
        chunkRows += ColumnKernel.BlockRows - (chunkRows % ColumnKernel.BlockRows);
        return (chunkRows, (rows + chunkRows - 1) / chunkRows);
    }

    private ColumnarScores NewColumnarScores()
    {
        if (Items.Length > ColumnarScores.MaximumItems)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{Name} has {Items.Length} items; a columnar result counts answers in bytes (at most {ColumnarScores.MaximumItems} items): score it into ScoringOutcome values instead."),
                "columns");
        }

        return new ColumnarScores(this);
    }

    private ColumnarScores CheckReuse(ColumnarScores reuse)
    {
        ArgumentNullException.ThrowIfNull(reuse);
        if (!ReferenceEquals(reuse.Instrument, this))
        {
            throw new ArgumentException($"The result to reuse holds {reuse.Instrument.Name} scores; only a result of this {Name} instrument can be reused.", nameof(reuse));
        }

        return reuse;
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
