using OutcomeScoring.Engine;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OutcomeScoring;

/// <content>Batch scoring of byte-coded answers stored row after row (national extracts).</content>
public sealed partial class Instrument
{
    /// <summary>The most scores the vector path handles: lanes 4-15 of the accumulator hold six (sum, count) pairs.</summary>
    private const int VectorScoreLimit = 6;

    /// <summary>The lookup table for the codes last used; rebuilt (harmlessly, if two threads race) when they change.</summary>
    private ByteTable? _byteTable;

    /// <summary>
    /// Scores a block of response sets stored one byte per answer, row after row (item 1..N of the first set,
    /// then of the second, and so on), writing one outcome per set into the caller's buffer. Results are
    /// identical to scoring each set with <see cref="Score(ReadOnlySpan{Answer})"/> after decoding its bytes with
    /// <see cref="AnswerCodes.Decode"/>. Allocates nothing per set; safe to call from many threads.
    /// </summary>
    /// <remarks>
    /// Each byte is a raw answer, or one of the <paramref name="codes"/>. A byte that is neither a code nor on
    /// the response scale gives that set an <see cref="ScoringErrorKind.AnswerOutOfRange"/> outcome naming the
    /// item and value; the other sets are unaffected. Outcome positions count from 0 at the first set given.
    /// </remarks>
    /// <param name="answers">The answers, <c>destination.Length * Items.Length</c> bytes, row after row.</param>
    /// <param name="codes">The bytes that mean "not answered" (and "not applicable").</param>
    /// <param name="destination">Where to write the outcomes, one per response set.</param>
    /// <exception cref="ArgumentException">
    /// The number of answers is not <c>destination.Length</c> times the number of items; a code is also a value
    /// on the response scale; or the scale does not fit in a byte (values 0-255).
    /// </exception>
    public void ScoreBatch(ReadOnlySpan<byte> answers, AnswerCodes codes, Span<ScoringOutcome> destination)
    {
        CheckBatchLength(answers.Length, destination.Length, nameof(answers));
        ByteTableFor(codes).Score(this, answers, destination, 0);
    }

    /// <summary>
    /// Scores a block of byte-coded response sets like
    /// <see cref="ScoreBatch(ReadOnlySpan{byte}, AnswerCodes, Span{ScoringOutcome})"/>, split into chunks scored
    /// in parallel on up to <paramref name="maxDegreeOfParallelism"/> threads. The outcomes are identical to the
    /// sequential ones, in the same positions.
    /// </summary>
    /// <param name="answers">The answers, <c>destination.Length * Items.Length</c> bytes, row after row.</param>
    /// <param name="codes">The bytes that mean "not answered" (and "not applicable").</param>
    /// <param name="destination">Where to write the outcomes, one per response set.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use (for example <see cref="Environment.ProcessorCount"/>); at least 1.</param>
    /// <exception cref="ArgumentException">As for the sequential overload.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public void ScoreBatchParallel(ReadOnlyMemory<byte> answers, AnswerCodes codes, Memory<ScoringOutcome> destination, int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        CheckBatchLength(answers.Length, destination.Length, nameof(answers));
        ByteTable table = ByteTableFor(codes);
        int rows = destination.Length, k = Items.Length;

        // Chunks big enough to amortise scheduling, small enough to balance the threads.
        int chunkRows = Math.Max(8192, (rows / (maxDegreeOfParallelism * 8)) + 1);
        int chunks = (rows + chunkRows - 1) / chunkRows;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
        {
            int first = chunk * chunkRows, count = Math.Min(chunkRows, rows - first);
            table.Score(this, answers.Span.Slice(first * k, count * k), destination.Span.Slice(first, count), first);
        });
    }

    private void CheckBatchLength(int answerCount, int setCount, string paramName)
    {
        int k = Items.Length;
        if (answerCount != (long)setCount * k)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{Name} has {k} items, so {setCount} response sets need {(long)setCount * k} answers; {answerCount} were given."),
                paramName);
        }
    }

    /// <summary>
    /// Whether a byte batch with these codes scores a set with one vector add per item (at most six scores, whose lanes and
    /// the stages' fit one 16-lane vector) rather than one by one. Both give the same outcomes; the tests pin which
    /// instruments get the faster path.
    /// </summary>
    internal bool ScoresBytesInVectors(AnswerCodes codes) => ByteTableFor(codes).InVectors;

    private ByteTable ByteTableFor(AnswerCodes codes)
    {
        ByteTable? table = Volatile.Read(ref _byteTable);
        if (table is null || table.Codes != codes)
        {
            table = new ByteTable(this, codes);
            Volatile.Write(ref _byteTable, table);
        }

        return table;
    }

    /// <summary>
    /// For each item and each possible byte, the vector of lane increments that answer makes (see
    /// <see cref="ResultLanes"/>): scoring a set is then one vector add per item. Lane 2 counts bytes that are
    /// neither a code nor on the scale; a set with any is re-scored one by one to name the item and value.
    /// </summary>
    private sealed class ByteTable
    {
        /// <summary>
        /// Entries per item: 256 bytes plus 4 entries (128 bytes) of padding, so that the hot entries of successive
        /// items fall in different L1 cache sets instead of all aliasing at an 8 KB stride.
        /// </summary>
        private const int Stride = 260;

        private readonly Vector256<ushort>[]? _increments;

        /// <summary>Gets whether sets are scored with one vector add per item (<see cref="ScoresBytesInVectors"/>).</summary>
        public bool InVectors => _increments is not null;

        public ByteTable(Instrument instrument, AnswerCodes codes)
        {
            ResponseScale scale = instrument.Scale;
            if (scale.Minimum < 0 || scale.Maximum > byte.MaxValue)
            {
                throw new ArgumentException(
                    $"{instrument.Name} answers run {scale}, which does not fit in a byte (0-255); score them as Answer values instead.",
                    nameof(codes));
            }

            RejectCodeOnScale(instrument, codes.NotAnswered, "not answered", nameof(codes));
            if (codes.NotApplicable is { } notApplicable)
            {
                RejectCodeOnScale(instrument, notApplicable, "not applicable", nameof(codes));
            }

            Codes = codes;
            if (instrument._plans.Length > VectorScoreLimit || instrument.BatchLaneEnd > Vector256<ushort>.Count)
            {
                return;   // Too many scores, or answers kept for stages, for one vector: every set goes one by one (still allocation-free).
            }

            int k = instrument.Items.Length;
            var increments = new Vector256<ushort>[k * Stride];
            Span<ushort> lanes = stackalloc ushort[Vector256<ushort>.Count];
            Span<bool> inScore = stackalloc bool[instrument._plans.Length];
            Span<bool> leftOut = stackalloc bool[instrument._plans.Length];
            for (int i = 0; i < k; i++)
            {
                for (int s = 0; s < inScore.Length; s++)
                {
                    int at = Array.IndexOf(instrument._plans[s].ItemIndexes, i);
                    inScore[s] = at >= 0;
                    leftOut[s] = at >= 0 && instrument._plans[s].ExcludesNotApplicableAt[at];
                }

                for (int b = 0; b <= byte.MaxValue; b++)
                {
                    lanes.Clear();
                    if (b == codes.NotAnswered)
                    {
                        // Missing answers add nothing.
                    }
                    else if (b == codes.NotApplicable)
                    {
                        // Nothing either, except in a score that leaves it out: there it is counted (ScorePlan.NotApplicableUnit).
                        for (int s = 0; s < leftOut.Length; s++)
                        {
                            lanes[ResultLanes.FirstScore + (2 * s) + 1] = leftOut[s] ? (ushort)ScorePlan.NotApplicableUnit : (ushort)0;
                        }
                    }
                    else if (!scale.Contains(b))
                    {
                        lanes[ResultLanes.ErrorKind] = 1;
                    }
                    else
                    {
                        int keyed = instrument._keyOffset[i] + (instrument._keySign[i] * b);
                        lanes[ResultLanes.ItemsAnswered] = 1;
                        if (instrument.Items[i].IsRisk && keyed > scale.Minimum)
                        {
                            lanes[ResultLanes.RiskFlagged] = 1;
                        }

                        for (int s = 0; s < inScore.Length; s++)
                        {
                            if (inScore[s])
                            {
                                lanes[ResultLanes.FirstScore + (2 * s)] = (ushort)instrument.LaneValue(i, b);
                                lanes[ResultLanes.FirstScore + (2 * s) + 1] = 1;
                            }
                        }

                        // An item a stage reads has a lane of its own: adding sets it to the keyed answer less the minimum, plus one.
                        if (instrument.StageLaneOf(i) is int stageLane and >= 0)
                        {
                            lanes[stageLane] = (ushort)(keyed - scale.Minimum + 1);
                        }
                    }

                    increments[(i * Stride) + b] = Vector256.Create<ushort>(lanes);
                }
            }

            _increments = increments;
        }

        public AnswerCodes Codes { get; }

        public void Score(Instrument instrument, ReadOnlySpan<byte> answers, Span<ScoringOutcome> destination, int firstPosition)
        {
            int k = instrument.Items.Length;
            if (_increments is null)
            {
                for (int row = 0; row < destination.Length; row++)
                {
                    destination[row] = OneByOne(instrument, answers.Slice(row * k, k), firstPosition + row);
                }

                return;
            }

            ref Vector256<ushort> table = ref MemoryMarshal.GetArrayDataReference(_increments);
            ref byte set = ref MemoryMarshal.GetReference(answers);
            ref ScoringOutcome slot = ref MemoryMarshal.GetReference(destination);
            Vector256<ushort> seen = Vector256<ushort>.Zero;
            for (int row = 0; row < destination.Length; row++)
            {
                // Two running sums halve the chain of dependent additions; each item's table is Stride entries on.
                Vector256<ushort> even = Vector256<ushort>.Zero, odd = Vector256<ushort>.Zero;
                ref Vector256<ushort> itemTable = ref table;
                ref byte answer = ref set;
                int remaining = k;
                for (; remaining >= 2; remaining -= 2)
                {
                    even += Unsafe.Add(ref itemTable, answer);
                    odd += Unsafe.Add(ref itemTable, Stride + Unsafe.Add(ref answer, 1));
                    itemTable = ref Unsafe.Add(ref itemTable, 2 * Stride);
                    answer = ref Unsafe.Add(ref answer, 2);
                }

                if (remaining != 0)
                {
                    even += Unsafe.Add(ref itemTable, answer);
                }

                Vector256<ushort> sum = even + odd;
                seen |= sum;
                ScoringOutcome.WriteScored(ref slot, firstPosition + row, instrument, sum);
                slot = ref Unsafe.Add(ref slot, 1);
                set = ref Unsafe.Add(ref set, k);
            }

            // Rare: a byte off the scale somewhere in the block. Those rows (lane 2 counts such bytes) are
            // re-scored one by one, outside the loop above, to name the first bad item and value.
            if (seen.GetElement(ResultLanes.ErrorKind) != 0)
            {
                for (int row = 0; row < destination.Length; row++)
                {
                    if (destination[row].HasOffScaleAnswers)
                    {
                        destination[row] = OneByOne(instrument, answers.Slice(row * k, k), firstPosition + row);
                    }
                }
            }
        }

        private ScoringOutcome OneByOne(Instrument instrument, ReadOnlySpan<byte> set, int position)
        {
            Answer[]? rented = set.Length > 256 ? ArrayPool<Answer>.Shared.Rent(set.Length) : null;
            Span<Answer> decoded = rented is null ? stackalloc Answer[set.Length] : rented.AsSpan(0, set.Length);
            for (int i = 0; i < set.Length; i++)
            {
                decoded[i] = Codes.Decode(set[i]);
            }

            ScoringOutcome outcome = instrument.Outcome(position, decoded);
            if (rented is not null)
            {
                ArrayPool<Answer>.Shared.Return(rented);
            }

            return outcome;
        }

        private static void RejectCodeOnScale(Instrument instrument, byte code, string meaning, string paramName)
        {
            if (instrument.Scale.Contains(code))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The code for {meaning} ({code}) is also an answer on {instrument.Name}'s {instrument.Scale} scale; choose a code outside it (for example 255)."),
                    paramName);
            }
        }
    }
}
