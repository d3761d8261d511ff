using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace OutcomeScoring.Engine;

/// <summary>
/// Scores answers stored one column per item (the layout of an Arrow or Parquet column of small integers) 32 rows per
/// instruction with AVX2: each item's 32 bytes are checked against the codes and the scale, looked up in a 16-entry
/// table of what they add to a sum (one <c>vpshufb</c>, so keying and item value maps cost nothing extra) and added
/// into the byte accumulators of the item's group (items in the same scores share one: see <see cref="Groups"/>); each
/// score is then composed from its groups and either stored as columns of a <see cref="ColumnarScores"/> (32 rows per
/// store: <see cref="ScoreInto"/>) or transposed into each row's accumulator and stored into its outcome exactly as the
/// row engine stores its own (<see cref="Score"/>). Built for one instrument definition and one set of codes (a copy with another calibration shares it).
/// </summary>
/// <remarks>
/// Only for instruments whose row engine keeps its lanes in one vector (at most six scores plus the stages' answers in
/// sixteen lanes), whose scale has at most sixteen values, whose lane values fit in a byte, with at most 255 items and at
/// most sixteen groups of items;
/// <see cref="TryCreate"/> says no otherwise, and the caller scores through the row engine instead.
/// </remarks>
internal sealed class ColumnKernel
{
    /// <summary>Rows scored per step: one byte per row in a 256-bit vector.</summary>
    public const int BlockRows = 32;

    /// <summary>Blocks per tile: each column's span is taken once per tile, and a tile's accumulators stay in L1.</summary>
    private const int TileBlocks = 16;

    /// <summary>
    /// Accumulator slots per block: items answered, risk items flagged, bytes off the scale, then per group of items its
    /// sum, count and not-applicable count, then one per item a stage reads.
    /// </summary>
    private const int SlotAnswered = 0, SlotRisk = 1, SlotOffScale = 2, FirstScoreSlot = 3;

    /// <summary>The most groups of items (see <see cref="Groups"/>) whose tile of accumulators stays small enough for L1.</summary>
    private const int MaximumGroups = 16;

    private readonly Vector256<byte>[] _valueTables;
    private readonly Vector256<byte>[] _riskTables;
    private readonly Vector256<byte>[] _stageTables;
    private readonly bool[] _isRisk;
    private readonly int[] _stageSlot;
    private readonly (int Item, int Lane)[] _stageItems;
    private readonly int _scoreCount;
    private readonly int _groupCount;
    private readonly int[] _groupOf;
    private readonly bool[] _groupCountsNotApplicable;
    private readonly int[][] _scoreGroups;
    private readonly int[][] _scoreNotApplicableGroups;
    private readonly int[] _tooManyBelow;
    private readonly bool[] _notApplicableLeftOut;
    private readonly int _byteSlots;
    private readonly int _flushEvery;
    private readonly byte _minimum;
    private readonly byte _range;

    private ColumnKernel(Instrument instrument, AnswerCodes codes, Vector256<byte>[] valueTables, int flushEvery)
    {
        Codes = codes;
        _valueTables = valueTables;
        _flushEvery = flushEvery;
        ResponseScale scale = instrument.Scale;
        _minimum = (byte)scale.Minimum;
        _range = (byte)(scale.Maximum - scale.Minimum);
        int k = instrument.Items.Length;
        _riskTables = new Vector256<byte>[k];
        _stageTables = new Vector256<byte>[k];
        var stage = new List<(int, int)>();
        Span<byte> entries = stackalloc byte[16];
        for (int i = 0; i < k; i++)
        {
            Item item = instrument.Items[i];
            for (int j = 0; j < 16; j++)
            {
                int keyed = j > _range ? scale.Minimum : ItemKeyed(item, scale, scale.Minimum + j);
                entries[j] = item.IsRisk && keyed > scale.Minimum ? byte.MaxValue : (byte)0;
            }

            _riskTables[i] = Broadcast(entries);
            for (int j = 0; j < 16; j++)
            {
                entries[j] = j > _range ? (byte)0 : (byte)(ItemKeyed(item, scale, scale.Minimum + j) - scale.Minimum + 1);
            }

            _stageTables[i] = Broadcast(entries);

            if (instrument.StageLaneOf(i) is int lane and >= 0)
            {
                stage.Add((i, lane));
            }
        }

        _isRisk = [.. instrument.Items.Select(item => item.IsRisk)];
        _stageItems = [.. stage];
        int scores = instrument.Scores.Length;
        (_groupOf, _groupCount, _groupCountsNotApplicable, _scoreGroups, _scoreNotApplicableGroups) = Groups(instrument);
        _scoreCount = scores;
        _byteSlots = FirstScoreSlot + (3 * _groupCount) + _stageItems.Length;
        _stageSlot = new int[k];
        Array.Fill(_stageSlot, -1);
        for (int j = 0; j < _stageItems.Length; j++)
        {
            _stageSlot[_stageItems[j].Item] = FirstScoreSlot + (3 * _groupCount) + j;
        }

        // A score is not computable with too many items missing: answered (+ not applicable, where they are left out rather
        // than held against the limit) below its item count less its missing-item limit (Score.NotComputableReason).
        _tooManyBelow = new int[scores];
        _notApplicableLeftOut = new bool[scores];
        for (int s = 0; s < scores; s++)
        {
            ScorePlan plan = instrument.Plan(s);
            _tooManyBelow[s] = plan.ItemIndexes.Length - plan.Definition.MaximumMissing;
            _notApplicableLeftOut[s] = plan.CountsNotApplicable && !plan.NotApplicableIsUnanswered;
        }
    }

    /// <summary>
    /// Groups the items by the scores they belong to (and whether each counts their "not applicable" answers): each item
    /// adds into its one group's accumulators, and a score is the sum of its groups' (CORE-OM: the four domains; "all
    /// items" and "all but risk" are sums of them), so an item costs the same however many scores it is in.
    /// </summary>
    private static (int[] GroupOf, int Count, bool[] CountsNotApplicable, int[][] ScoreGroups, int[][] ScoreNotApplicableGroups) Groups(Instrument instrument)
    {
        int k = instrument.Items.Length, scores = instrument.Scores.Length;
        var keys = new string[k];
        for (int i = 0; i < k; i++)
        {
            var key = new System.Text.StringBuilder();
            for (int s = 0; s < scores; s++)
            {
                ScorePlan plan = instrument.Plan(s);
                int at = Array.IndexOf(plan.ItemIndexes, i);
                key.Append(at < 0 ? '-' : plan.ExcludesNotApplicableAt[at] ? 'n' : 'y');
            }

            keys[i] = key.ToString();
        }

        string empty = new('-', scores);
        var groupKeys = keys.Where(key => key != empty).Distinct(StringComparer.Ordinal).ToList();
        int[] groupOf = [.. keys.Select(key => groupKeys.IndexOf(key))];
        bool[] countsNotApplicable = [.. groupKeys.Select(key => key.Contains('n', StringComparison.Ordinal))];
        int[][] scoreGroups = [.. Enumerable.Range(0, scores).Select(s => Enumerable.Range(0, groupKeys.Count).Where(g => groupKeys[g][s] != '-').ToArray())];
        int[][] notApplicableGroups = [.. Enumerable.Range(0, scores).Select(s => Enumerable.Range(0, groupKeys.Count).Where(g => groupKeys[g][s] == 'n').ToArray())];
        return (groupOf, groupKeys.Count, countsNotApplicable, scoreGroups, notApplicableGroups);
    }

    /// <summary>Gets the codes the kernel was built for.</summary>
    public AnswerCodes Codes { get; }

    /// <summary>
    /// Builds the kernel for an instrument, or returns <see langword="null"/> when the machine has no AVX2 or the
    /// instrument does not fit the kernel (see the remarks on the class). The codes have been checked against the scale.
    /// </summary>
    public static ColumnKernel? TryCreate(Instrument instrument, AnswerCodes codes)
    {
        ResponseScale scale = instrument.Scale;
        int k = instrument.Items.Length;
        if (!Avx2.IsSupported || instrument.Scores.Length > 6 || instrument.BatchLaneEnd > Vector256<ushort>.Count
            || scale.Minimum < 0 || scale.Maximum - scale.Minimum > 15 || scale.Maximum > byte.MaxValue || k > byte.MaxValue
            || Groups(instrument).Count > MaximumGroups)
        {
            return null;
        }

        var valueTables = new Vector256<byte>[k];
        Span<byte> entries = stackalloc byte[16];
        int highest = 1;
        for (int i = 0; i < k; i++)
        {
            entries.Clear();
            for (int b = scale.Minimum; b <= scale.Maximum; b++)
            {
                int value = instrument.LaneValue(i, b);
                if (value is < 0 or > byte.MaxValue)
                {
                    return null;
                }

                entries[b - scale.Minimum] = (byte)value;
                highest = Math.Max(highest, value);
            }

            valueTables[i] = Broadcast(entries);
        }

        // Byte sums are carried into 16-bit lanes before they could pass 255.
        return new ColumnKernel(instrument, codes, valueTables, byte.MaxValue / highest);
    }

    /// <summary>
    /// Scores every whole block of <see cref="BlockRows"/> rows of the destination and returns how many rows it
    /// scored; the rest (fewer than a block) is the caller's. Rows with bytes off the scale are left with the count of
    /// such bytes in their error lane for the caller to re-score (see <see cref="ScoringOutcome.HasOffScaleAnswers"/>).
    /// </summary>
    /// <returns>The rows scored, and whether any had a byte off the scale.</returns>
    public (int Rows, bool OffScale) Score(Instrument instrument, ReadOnlySpan<ReadOnlyMemory<byte>> columns, Span<ScoringOutcome> destination, int first)
    {
        int rows = destination.Length - (destination.Length % BlockRows);
        Span<Vector256<byte>> bytes = stackalloc Vector256<byte>[_byteSlots * TileBlocks];
        Span<Vector256<ushort>> wide = stackalloc Vector256<ushort>[2 * _groupCount * TileBlocks];
        Span<Vector256<ushort>> lanes = stackalloc Vector256<ushort>[2 * Vector256<ushort>.Count];
        Span<int> sinceFlush = stackalloc int[_groupCount];
        bool offScale = false;
        for (int tile = 0; tile < rows; tile += TileBlocks * BlockRows)
        {
            int blocks = Math.Min(TileBlocks, (rows - tile) / BlockRows);
            Tile(columns, tile, blocks, bytes, wide, sinceFlush);
            for (int b = 0; b < blocks; b++)
            {
                offScale |= Lanes(bytes.Slice(b * _byteSlots, _byteSlots), wide, b, lanes);
                WriteBlock(instrument, lanes, ref destination[tile + (b * BlockRows)], first + tile + (b * BlockRows));
            }
        }

        return (rows, offScale);
    }

    /// <summary>
    /// Scores every whole block of <see cref="BlockRows"/> rows of the columns (each <paramref name="rows"/> long) into the
    /// columnar result from row <paramref name="firstRow"/> on, and returns how many rows it scored; the rest (fewer than a
    /// block) is the caller's. Each column is stored 32 rows per instruction, with no per-row outcome. Rows with bytes off the
    /// scale are left with the count of such bytes in the error column for the caller to re-score.
    /// </summary>
    /// <returns>The rows scored, and whether any had a byte off the scale.</returns>
    public (int Rows, bool OffScale) ScoreInto(ReadOnlySpan<ReadOnlyMemory<byte>> columns, int rows, ColumnarScores target, int firstRow)
    {
        rows -= rows % BlockRows;
        Span<Vector256<byte>> bytes = stackalloc Vector256<byte>[_byteSlots * TileBlocks];
        Span<Vector256<ushort>> wide = stackalloc Vector256<ushort>[2 * _groupCount * TileBlocks];
        Span<int> sinceFlush = stackalloc int[_groupCount];
        Vector256<byte> offScale = Vector256<byte>.Zero;
        for (int tile = 0; tile < rows; tile += TileBlocks * BlockRows)
        {
            int blocks = Math.Min(TileBlocks, (rows - tile) / BlockRows);
            Tile(columns, tile, blocks, bytes, wide, sinceFlush);
            for (int b = 0; b < blocks; b++)
            {
                offScale |= StoreBlock(bytes.Slice(b * _byteSlots, _byteSlots), wide, b, target, firstRow + tile + (b * BlockRows));
            }
        }

        return (rows, offScale != Vector256<byte>.Zero);
    }

    /// <summary>Clears a tile's accumulators and adds every item's column into them.</summary>
    private void Tile(ReadOnlySpan<ReadOnlyMemory<byte>> columns, int tile, int blocks, Span<Vector256<byte>> bytes, Span<Vector256<ushort>> wide, Span<int> sinceFlush)
    {
        bytes.Clear();
        wide.Clear();
        sinceFlush.Clear();
        for (int i = 0; i < columns.Length; i++)
        {
            Item(i, columns[i].Span.Slice(tile, blocks * BlockRows), blocks, bytes, wide, sinceFlush);
        }
    }

    /// <summary>
    /// Stores one block's accumulators as 32 rows of each column: byte counts as they are, sums widened to 16 bits with
    /// their carried part, and each score's reason from its counts; returns the block's off-scale counts.
    /// </summary>
    private Vector256<byte> StoreBlock(ReadOnlySpan<Vector256<byte>> acc, ReadOnlySpan<Vector256<ushort>> wide, int block, ColumnarScores target, int row)
    {
        var at = (nuint)row;
        Vector256<byte> offScale = acc[SlotOffScale];
        acc[SlotAnswered].StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(target.AnsweredColumn), at);
        acc[SlotRisk].StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(target.RiskColumn), at);
        offScale.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(target.ErrorColumn), at);
        Vector256<byte> one = Vector256.Create((byte)1), two = Vector256.Create((byte)2);
        for (int s = 0; s < _scoreCount; s++)
        {
            (Vector256<ushort> low, Vector256<ushort> high, Vector256<byte> answered, Vector256<byte> notApplicable) = Compose(acc, wide, block, s);
            ref ushort sums = ref MemoryMarshal.GetArrayDataReference(target.SumColumn(s));
            low.StoreUnsafe(ref sums, at);
            high.StoreUnsafe(ref sums, at + 16);
            answered.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(target.ScoreAnsweredColumn(s)), at);
            notApplicable.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(target.NotApplicableColumn(s)), at);

            // Score.NotComputableReason: too many missing when answered (+ not applicable left out) < items - limit; else
            // no item applicable when none was answered. The limit is below the item count (the definition checks), so
            // items - limit is at least 1.
            Vector256<byte> counted = _notApplicableLeftOut[s] ? answered + notApplicable : answered;
            Vector256<byte> tooMany = Avx2.CompareEqual(Avx2.Min(counted, Vector256.Create((byte)(_tooManyBelow[s] - 1))), counted);

            Vector256<byte> noItem = Vector256.AndNot(Avx2.CompareEqual(answered, Vector256<byte>.Zero), tooMany);
            ((tooMany & one) | (noItem & two)).StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(target.ReasonColumn(s)), at);
        }

        foreach ((int item, int lane) in _stageItems)
        {
            acc[_stageSlot[item]].StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(target.StageLaneColumn(lane)), at);
        }

        return offScale;
    }

    /// <summary>
    /// One score of one block from its groups' accumulators: the sums of rows 0-15 and 16-31 in 16 bits (with the carried
    /// part), and the counts of items answered and not applicable (each at most the number of items, so a byte holds them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (Vector256<ushort> Low, Vector256<ushort> High, Vector256<byte> Answered, Vector256<byte> NotApplicable) Compose(ReadOnlySpan<Vector256<byte>> acc, ReadOnlySpan<Vector256<ushort>> wide, int block, int s)
    {
        Vector256<ushort> low = Vector256<ushort>.Zero, high = Vector256<ushort>.Zero;
        Vector256<byte> answered = Vector256<byte>.Zero, notApplicable = Vector256<byte>.Zero;
        foreach (int g in _scoreGroups[s])
        {
            int slot = FirstScoreSlot + (3 * g), carried = 2 * ((block * _groupCount) + g);
            low += Avx2.ConvertToVector256Int16(acc[slot].GetLower()).AsUInt16() + wide[carried];
            high += Avx2.ConvertToVector256Int16(acc[slot].GetUpper()).AsUInt16() + wide[carried + 1];
            answered += acc[slot + 1];
        }

        foreach (int g in _scoreNotApplicableGroups[s])
        {
            notApplicable += acc[FirstScoreSlot + (3 * g) + 2];
        }

        return (low, high, answered, notApplicable);
    }

    /// <summary>Adds one item's column over a tile's blocks into the byte accumulators (slots per block: see the constructor).</summary>
    private void Item(int i, ReadOnlySpan<byte> column, int blocks, Span<Vector256<byte>> bytes, Span<Vector256<ushort>> wide, Span<int> sinceFlush)
    {
        Vector256<byte> minimum = Vector256.Create(_minimum), range = Vector256.Create(_range), one = Vector256.Create((byte)1);
        Vector256<byte> missing = Vector256.Create(Codes.NotAnswered);
        bool hasNotApplicable = Codes.NotApplicable.HasValue;
        Vector256<byte> notApplicable = Vector256.Create(Codes.NotApplicable.GetValueOrDefault());
        Vector256<byte> values = _valueTables[i], riskTable = _riskTables[i], stageTable = _stageTables[i];
        bool isRisk = _isRisk[i];
        int stageSlot = _stageSlot[i];
        int group = _groupOf[i];
        int groupSlot = FirstScoreSlot + (3 * group);
        bool countsNotApplicable = group >= 0 && _groupCountsNotApplicable[group];
        ref byte column0 = ref MemoryMarshal.GetReference(column);
        ref Vector256<byte> acc = ref MemoryMarshal.GetReference(bytes);
        for (int b = 0; b < blocks; b++, acc = ref Unsafe.Add(ref acc, _byteSlots))
        {
            Vector256<byte> v = Vector256.LoadUnsafe(ref column0, (nuint)(b * BlockRows));
            Vector256<byte> index = v - minimum;
            Vector256<byte> on = Avx2.CompareEqual(Avx2.Min(index, range), index);
            Vector256<byte> isNotApplicable = hasNotApplicable ? Avx2.CompareEqual(v, notApplicable) : Vector256<byte>.Zero;
            Vector256<byte> known = on | isNotApplicable | Avx2.CompareEqual(v, missing);
            Unsafe.Add(ref acc, SlotAnswered) -= on;
            Unsafe.Add(ref acc, SlotOffScale) += Vector256.AndNot(one, known);
            if (isRisk)
            {
                Unsafe.Add(ref acc, SlotRisk) -= on & Avx2.Shuffle(riskTable, index);
            }

            if (stageSlot >= 0)
            {
                Unsafe.Add(ref acc, stageSlot) = on & Avx2.Shuffle(stageTable, index);
            }

            if (group >= 0)
            {
                ref Vector256<byte> sum = ref Unsafe.Add(ref acc, groupSlot);
                sum += on & Avx2.Shuffle(values, index);
                Unsafe.Add(ref sum, 1) -= on;
                if (countsNotApplicable)
                {
                    Unsafe.Add(ref sum, 2) -= isNotApplicable;
                }
            }
        }

        // Byte sums are carried into 16-bit lanes before they could pass 255.
        if (group >= 0 && ++sinceFlush[group] == _flushEvery)
        {
            sinceFlush[group] = 0;
            for (int b = 0; b < blocks; b++)
            {
                ref Vector256<byte> sum = ref bytes[(b * _byteSlots) + groupSlot];
                wide[(2 * ((b * _groupCount) + group)) + 0] += Avx2.ConvertToVector256Int16(sum.GetLower()).AsUInt16();
                wide[(2 * ((b * _groupCount) + group)) + 1] += Avx2.ConvertToVector256Int16(sum.GetUpper()).AsUInt16();
                sum = Vector256<byte>.Zero;
            }
        }
    }

    /// <summary>
    /// The lanes of one block from its accumulators: lane l of rows 0-15 in <c>lanes[l]</c>, of rows 16-31 in
    /// <c>lanes[16 + l]</c>; returns whether any row had a byte off the scale.
    /// </summary>
    private bool Lanes(ReadOnlySpan<Vector256<byte>> acc, ReadOnlySpan<Vector256<ushort>> wide, int block, Span<Vector256<ushort>> lanes)
    {
        lanes.Clear();
        Widen(acc[SlotAnswered], lanes, ResultLanes.ItemsAnswered);
        Widen(acc[SlotRisk], lanes, ResultLanes.RiskFlagged);
        Widen(acc[SlotOffScale], lanes, ResultLanes.ErrorKind);
        for (int s = 0; s < _scoreCount; s++)
        {
            int sumLane = ResultLanes.FirstScore + (2 * s);
            (lanes[sumLane], lanes[Vector256<ushort>.Count + sumLane], Vector256<byte> answered, Vector256<byte> notApplicable) = Compose(acc, wide, block, s);
            Widen(answered, lanes, sumLane + 1);

            // The count lane holds answered + 256 x not applicable (ScorePlan.NotApplicableUnit).
            lanes[sumLane + 1] |= Avx2.ConvertToVector256Int16(notApplicable.GetLower()).AsUInt16() << 8;
            lanes[Vector256<ushort>.Count + sumLane + 1] |= Avx2.ConvertToVector256Int16(notApplicable.GetUpper()).AsUInt16() << 8;
        }

        foreach ((int item, int lane) in _stageItems)
        {
            Widen(acc[_stageSlot[item]], lanes, lane);
        }

        return acc[SlotOffScale] != Vector256<byte>.Zero;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Widen(Vector256<byte> bytes, Span<Vector256<ushort>> lanes, int lane)
    {
        lanes[lane] = Avx2.ConvertToVector256Int16(bytes.GetLower()).AsUInt16();
        lanes[Vector256<ushort>.Count + lane] = Avx2.ConvertToVector256Int16(bytes.GetUpper()).AsUInt16();
    }

    /// <summary>Transposes each half block's sixteen lane vectors into sixteen row accumulators and stores them.</summary>
    private static void WriteBlock(Instrument instrument, Span<Vector256<ushort>> lanes, ref ScoringOutcome slot, int position)
    {
        for (int half = 0; half < 2; half++)
        {
            Span<Vector256<ushort>> a = lanes.Slice(half * 16, 16);
            Transpose16(a);
            for (int r = 0; r < 16; r++)
            {
                ScoringOutcome.WriteScored(ref Unsafe.Add(ref slot, (half * 16) + r), position + (half * 16) + r, instrument, a[r]);
            }
        }
    }

    /// <summary>
    /// Transposes a 16 x 16 matrix of 16-bit values in place (row l = lane l of sixteen results; afterwards row r =
    /// the sixteen lanes of result r): two 8 x 8 transposes per 128-bit half with unpacks, then the halves swapped.
    /// </summary>
    internal static void Transpose16(Span<Vector256<ushort>> a)
    {
        Span<Vector256<ushort>> t = stackalloc Vector256<ushort>[16];
        Transpose8(a[..8], t[..8]);
        Transpose8(a[8..], t[8..]);
        for (int r = 0; r < 8; r++)
        {
            // t[r]: lanes 0-7 of result r (low half) and of result r + 8 (high half); t[8 + r]: lanes 8-15 of the same.
            a[r] = Avx2.Permute2x128(t[r], t[8 + r], 0x20);
            a[8 + r] = Avx2.Permute2x128(t[r], t[8 + r], 0x31);
        }
    }

    private static void Transpose8(ReadOnlySpan<Vector256<ushort>> a, Span<Vector256<ushort>> r)
    {
        Vector256<uint> s0 = Avx2.UnpackLow(a[0], a[1]).AsUInt32(), s1 = Avx2.UnpackHigh(a[0], a[1]).AsUInt32();
        Vector256<uint> s2 = Avx2.UnpackLow(a[2], a[3]).AsUInt32(), s3 = Avx2.UnpackHigh(a[2], a[3]).AsUInt32();
        Vector256<uint> s4 = Avx2.UnpackLow(a[4], a[5]).AsUInt32(), s5 = Avx2.UnpackHigh(a[4], a[5]).AsUInt32();
        Vector256<uint> s6 = Avx2.UnpackLow(a[6], a[7]).AsUInt32(), s7 = Avx2.UnpackHigh(a[6], a[7]).AsUInt32();
        Vector256<ulong> u0 = Avx2.UnpackLow(s0, s2).AsUInt64(), u1 = Avx2.UnpackHigh(s0, s2).AsUInt64();
        Vector256<ulong> u2 = Avx2.UnpackLow(s1, s3).AsUInt64(), u3 = Avx2.UnpackHigh(s1, s3).AsUInt64();
        Vector256<ulong> u4 = Avx2.UnpackLow(s4, s6).AsUInt64(), u5 = Avx2.UnpackHigh(s4, s6).AsUInt64();
        Vector256<ulong> u6 = Avx2.UnpackLow(s5, s7).AsUInt64(), u7 = Avx2.UnpackHigh(s5, s7).AsUInt64();
        r[0] = Avx2.UnpackLow(u0, u4).AsUInt16();
        r[1] = Avx2.UnpackHigh(u0, u4).AsUInt16();
        r[2] = Avx2.UnpackLow(u1, u5).AsUInt16();
        r[3] = Avx2.UnpackHigh(u1, u5).AsUInt16();
        r[4] = Avx2.UnpackLow(u2, u6).AsUInt16();
        r[5] = Avx2.UnpackHigh(u2, u6).AsUInt16();
        r[6] = Avx2.UnpackLow(u3, u7).AsUInt16();
        r[7] = Avx2.UnpackHigh(u3, u7).AsUInt16();
    }

    private static int ItemKeyed(Item item, ResponseScale scale, int answer) =>
        item.Keying == ItemKeying.Reversed ? scale.Reverse(answer) : answer;

    private static Vector256<byte> Broadcast(ReadOnlySpan<byte> sixteen)
    {
        Vector128<byte> half = Vector128.Create(sixteen);
        return Vector256.Create(half, half);
    }
}
