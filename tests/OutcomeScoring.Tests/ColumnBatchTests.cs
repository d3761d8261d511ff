using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Activation;
using OutcomeScoring.Engine;
using OutcomeScoring.Tests.Activation;

namespace OutcomeScoring.Tests;

/// <summary>
/// Columnar batch scoring (one column of answer bytes per item, as Arrow and Parquet hold them): identical to scoring
/// each set for every built-in instrument and for made-up ones (a scale from 1, reversed items, prorating, not
/// applicable left out or counted), in parallel identical to sequential, and every bad input refused or reported.
/// </summary>
public class ColumnBatchTests
{
    private static readonly Config Config = SuiteEffort.Properties(120);

    private static readonly AnswerCodes Codes = new(255, 254);

    public static TheoryData<string> InstrumentIds =>
        [.. Instruments.All.Select(i => i.Id).Concat(["from-one-prorated", "not-applicable-left-out", "seven-scores", "long-sums", "large-points"])];

    /// <summary>A 1-5 scale with reversed items, a risk item, three scores and prorating (two of nine may be missing).</summary>
    private static readonly Instrument FromOne = new(
        "from-one-prorated", "From one", "test", new ResponseScale(1, 5),
        Enumerable.Range(1, 9).Select(n => new Item(n, "t" + n, n % 3 == 0 ? ItemKeying.Reversed : ItemKeying.Direct, IsRisk: n == 9)),
        [
            new ScoreDefinition("total", "Total", [.. Enumerable.Range(1, 9)], 2, "test"),
            new ScoreDefinition("odd", "Odd", [1, 3, 5, 7, 9], 1, "test"),
            new ScoreDefinition("risk", "Risk", [9], 0, "test"),
        ],
        clinicalMultiplier: 10);

    /// <summary>Items 2 and 4 allow "not applicable", which one score leaves out and another counts apart.</summary>
    private static readonly Instrument NotApplicableLeftOut = new(
        "not-applicable-left-out", "Not applicable", "test", new ResponseScale(0, 3),
        Enumerable.Range(1, 6).Select(n => new Item(n, "t" + n) { AllowsNotApplicable = n is 2 or 4 }),
        [
            new ScoreDefinition("left-out", "Left out", [1, 2, 3, 4, 5, 6], 1, "test") { ExcludesNotApplicable = true },
            new ScoreDefinition("counted", "Counted", [2, 3, 4], 1, "test") { CountsNotApplicable = true },
        ]);

    /// <summary>More scores than the vector path holds: gathered into row order for the row engine.</summary>
    private static readonly Instrument SevenScores = new(
        "seven", "Seven scores", "test", new ResponseScale(1, 5),
        Enumerable.Range(1, 8).Select(n => new Item(n, "t" + n, n % 3 == 0 ? ItemKeying.Reversed : ItemKeying.Direct, IsRisk: n == 8)),
        Enumerable.Range(1, 7).Select(s => new ScoreDefinition("s" + s, "Score " + s, new[] { s, s + 1 }, 1, "test")));

    /// <summary>Ninety items on a 0-15 scale: the byte sums must be carried into 16-bit lanes part way.</summary>
    private static readonly Instrument LongSums = new(
        "long-sums", "Long sums", "test", new ResponseScale(0, 15),
        Enumerable.Range(1, 90).Select(n => new Item(n, "t" + n, n % 2 == 0 ? ItemKeying.Reversed : ItemKeying.Direct, IsRisk: n == 90)),
        [new ScoreDefinition("total", "Total", [.. Enumerable.Range(1, 90)], 9, "test"), new ScoreDefinition("first", "First", [.. Enumerable.Range(1, 40)], 4, "test")]);

    /// <summary>
    /// An item whose points pass 255: its values do not fit the vector path's byte tables, so it scores one by one; with a
    /// score that counts "not applicable" answers, whose count the columnar result keeps apart from the answered count.
    /// </summary>
    private static readonly Instrument LargePoints = new(
        "large-points", "Large points", "test", new ResponseScale(0, 2),
        Enumerable.Range(1, 4).Select(n => new Item(n, "t" + n) { Points = n == 1 ? [0, 100, 300] : [], AllowsNotApplicable = n > 1 }),
        [
            new ScoreDefinition("total", "Total", [1, 2, 3, 4], 1, "test") { Aggregate = ScoreAggregate.Sum },
            new ScoreDefinition("counted", "Counted", [2, 3, 4], 1, "test") { CountsNotApplicable = true },
        ]);

    internal static Instrument Get(string id) => id switch
    {
        "large-points" => LargePoints,
        "from-one-prorated" => FromOne,
        "not-applicable-left-out" => NotApplicableLeftOut,
        "seven-scores" => SevenScores,
        "long-sums" => LongSums,
        _ => Instruments.Get(id),
    };

    /// <summary>Columns of bytes (rows across several vector blocks and a ragged tail): scale values, both codes, now and then neither.</summary>
    internal static Gen<byte[][]> Columns(Instrument instrument) =>
        Gen.Choose(0, 140).SelectMany(rows =>
            Gen.Frequency(
                    (85, Gen.Choose(instrument.Scale.Minimum, instrument.Scale.Maximum).Select(v => (byte)v)),
                    (6, Gen.Constant((byte)255)),
                    (5, Gen.Constant((byte)254)),
                    (1, Gen.Choose(0, 253).Select(v => (byte)v)))
                .ArrayOf(rows)
                .ArrayOf(instrument.Items.Length));

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Columns_give_exactly_what_scoring_each_set_gives(string id)
    {
        Instrument instrument = Get(id);
        Prop.ForAll(Columns(instrument).ToArbitrary(), columns =>
        {
            int rows = columns[0].Length;
            var outcomes = new ScoringOutcome[rows];
            instrument.ScoreColumns([.. columns.Select(c => (ReadOnlyMemory<byte>)c)], Codes, outcomes);
            for (int row = 0; row < rows; row++)
            {
                Answer[] answers = [.. columns.Select(c => Codes.Decode(c[row]))];
                ByteBatchTests.AssertSame(instrument, answers, outcomes[row], row);
            }
        }).Check(Config);
    }

    [Theory]
    [InlineData("core-10")]
    [InlineData("core-om")]
    [InlineData("not-applicable-left-out")]
    public void Columns_without_a_not_applicable_code_read_every_other_byte_as_an_answer(string id)
    {
        Instrument instrument = Get(id);
        var codes = new AnswerCodes(9);
        Prop.ForAll(Columns(instrument).ToArbitrary(), columns =>
        {
            int rows = columns[0].Length;
            var outcomes = new ScoringOutcome[rows];
            instrument.ScoreColumns([.. columns.Select(c => (ReadOnlyMemory<byte>)c)], codes, outcomes);
            for (int row = 0; row < rows; row++)
            {
                ByteBatchTests.AssertSame(instrument, [.. columns.Select(c => codes.Decode(c[row]))], outcomes[row], row);
            }
        }).Check(Config);
    }

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Parallel_columns_equal_sequential_columns_and_the_row_batch(string id)
    {
        Instrument instrument = Get(id);
        const int rows = 20_011;   // several chunks and a ragged tail
        var random = new Random(17);
        byte[][] columns = [.. instrument.Items.Select(_ => RandomColumn(instrument, rows, random))];
        ReadOnlyMemory<byte>[] memories = [.. columns.Select(c => (ReadOnlyMemory<byte>)c)];
        byte[] rowMajor = new byte[rows * columns.Length];
        for (int row = 0; row < rows; row++)
        {
            for (int i = 0; i < columns.Length; i++)
            {
                rowMajor[(row * columns.Length) + i] = columns[i][row];
            }
        }

        var byRow = new ScoringOutcome[rows];
        var sequential = new ScoringOutcome[rows];
        var parallel = new ScoringOutcome[rows];
        instrument.ScoreBatch(rowMajor, Codes, byRow);
        instrument.ScoreColumns(memories, Codes, sequential);
        instrument.ScoreColumnsParallel(memories, Codes, parallel, maxDegreeOfParallelism: 3);

        for (int row = 0; row < rows; row++)
        {
            AssertEqual(byRow[row], sequential[row]);
            AssertEqual(byRow[row], parallel[row]);
        }
    }

    [Fact]
    public void A_calibrated_copy_scores_its_columns_with_its_own_calibration()
    {
        // A copy with a calibration shares the definition's compiled parts; its outcomes must still be its own.
        Instrument pam = Instruments.Get("pam-13");
        Instrument calibrated = pam.WithCalibration(MadeUpCalibrations.Items());
        byte[][] columns = [.. pam.Items.Select((_, i) => Enumerable.Repeat((byte)(1 + (i % 4)), 40).ToArray())];
        ReadOnlyMemory<byte>[] memories = [.. columns.Select(c => (ReadOnlyMemory<byte>)c)];
        var plain = new ScoringOutcome[40];
        var withCalibration = new ScoringOutcome[40];

        pam.ScoreColumns(memories, Codes, plain);
        calibrated.ScoreColumns(memories, Codes, withCalibration);

        Assert.Same(pam, plain[39].Result.Instrument);
        Assert.Same(calibrated, withCalibration[39].Result.Instrument);
        Assert.Equal(
            calibrated.Score([.. columns.Select(c => Answer.Of(c[39]))]).Stage(0).ToString(),
            withCalibration[39].Result.Stage(0).ToString());
    }

    [Fact]
    public void Parallel_columns_evaluate_a_lookup_stage_and_a_calibration_stage_like_scoring_each_set()
    {
        // Instruments with a lookup stage (CORE-6D's value set, EQ-5D-5L's additive value set) and a bound calibration (PAM-13).
        foreach (Instrument instrument in new[] { Instruments.Get("core-6d"), Instruments.Get("eq-5d-5l"), Instruments.Get("pam-13").WithCalibration(MadeUpCalibrations.Items()) })
        {
            const int rows = 9_001;
            var random = new Random(23);
            byte[][] columns = [.. instrument.Items.Select(_ => RandomColumn(instrument, rows, random))];
            var outcomes = new ScoringOutcome[rows];

            instrument.ScoreColumnsParallel(columns.Select(c => (ReadOnlyMemory<byte>)c).ToArray(), Codes, outcomes, maxDegreeOfParallelism: 2);

            for (int row = 0; row < rows; row += 7)
            {
                ByteBatchTests.AssertSame(instrument, [.. columns.Select(c => Codes.Decode(c[row]))], outcomes[row], row);
            }
        }
    }

    [Fact]
    public void The_vector_kernel_takes_the_core_instruments_where_the_machine_has_avx2()
    {
        foreach (string id in new[] { "core-10", "core-om", "yp-core", "dialog", "phq-9" })
        {
            Assert.Equal(Avx2.IsSupported, ColumnKernel.TryCreate(Instruments.Get(id), Codes) is not null);
        }

        // DIALOG's help answers (companion answers) lie past the sixteenth lane, but a batch never fills them: its scores and
        // lowest-rated item lanes fit, so it keeps the vector kernel.
        Assert.Equal((27, 16), (Instruments.Get("dialog").StageLaneEnd, Instruments.Get("dialog").BatchLaneEnd));

        Assert.Null(ColumnKernel.TryCreate(SevenScores, Codes));
    }

    [Fact]
    public void Transpose_swaps_lanes_and_results()
    {
        Assert.SkipUnless(Avx2.IsSupported, "needs AVX2");
        Span<Vector256<ushort>> matrix = new Vector256<ushort>[16];
        for (int lane = 0; lane < 16; lane++)
        {
            matrix[lane] = Vector256.Create([.. Enumerable.Range(0, 16).Select(result => (ushort)((lane * 100) + result))]);
        }

        ColumnKernel.Transpose16(matrix);

        for (int result = 0; result < 16; result++)
        {
            for (int lane = 0; lane < 16; lane++)
            {
                Assert.Equal((lane * 100) + result, matrix[result].GetElement(lane));
            }
        }
    }

    [Fact]
    public void A_byte_off_the_scale_is_an_outcome_naming_item_value_and_position_and_other_rows_are_scored()
    {
        Instrument core10 = Instruments.Get("core-10");
        byte[][] columns = [.. Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat((byte)2, 70).ToArray())];
        columns[6][33] = 7;   // row 33, item 7
        var outcomes = new ScoringOutcome[70];

        core10.ScoreColumns([.. columns.Select(c => (ReadOnlyMemory<byte>)c)], new AnswerCodes(255), outcomes);

        ScoringError error = Assert.IsType<ScoringError>(outcomes[33].Error);
        Assert.Equal("CORE-10 item 7: answer 7 is outside the response scale 0-4.", error.Message);
        Assert.Equal(33, outcomes[33].Position);
        Assert.All(outcomes.Where(o => o.Position != 33), o => Assert.Equal(20.0, o.Result.Primary.ClinicalScore));
    }

    [Fact]
    public void The_column_count_must_be_the_item_count()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Instruments.Get("core-10").ScoreColumns([new byte[3], new byte[3]], new AnswerCodes(255), new ScoringOutcome[3]));
        Assert.Equal("CORE-10 has 10 items, so it needs 10 answer columns; 2 were given. (Parameter 'columns')", ex.Message);
    }

    [Fact]
    public void Every_column_must_have_one_answer_per_set()
    {
        ReadOnlyMemory<byte>[] columns = [.. Enumerable.Range(0, 10).Select(i => (ReadOnlyMemory<byte>)new byte[i == 4 ? 2 : 3])];
        var ex = Assert.Throws<ArgumentException>(() =>
            Instruments.Get("core-10").ScoreColumns(columns, new AnswerCodes(255), new ScoringOutcome[3]));
        Assert.StartsWith("CORE-10: the column for item 5 has 2 answers; 3 response sets need 3.", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The parallel overloads check their columns and the result to reuse as the sequential ones do (issue 21: without
    /// those checks every test passed; with no columns the overloads that give a columnar result read a column that is not
    /// there).
    /// </summary>
    [Fact]
    public void The_parallel_overloads_check_the_columns_and_the_result_to_reuse()
    {
        Instrument core10 = Instruments.Get("core-10");
        var codes = new AnswerCodes(255);
        ReadOnlyMemory<byte>[] ragged = [.. Enumerable.Range(0, 10).Select(i => (ReadOnlyMemory<byte>)new byte[i == 4 ? 2 : 3])];
        ReadOnlyMemory<byte>[] columns = [.. Enumerable.Range(0, 10).Select(_ => (ReadOnlyMemory<byte>)new byte[3])];
        ColumnarScores reuse = core10.ScoreColumns(columns, codes);
        ColumnarScores other = Instruments.Get("phq-9").ScoreColumns([.. Enumerable.Range(0, 9).Select(_ => (ReadOnlyMemory<byte>)new byte[3])], codes);

        var ex = Assert.Throws<ArgumentException>(() => core10.ScoreColumnsParallel(ragged, codes, new ScoringOutcome[3], 2));
        Assert.StartsWith("CORE-10: the column for item 5 has 2 answers; 3 response sets need 3.", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => core10.ScoreColumnsParallel(ragged, codes, 2, reuse));
        Assert.StartsWith("CORE-10: the column for item 5 has 2 answers; 3 response sets need 3.", ex.Message, StringComparison.Ordinal);
        foreach (Func<ColumnarScores> noColumns in new Func<ColumnarScores>[]
        {
            () => core10.ScoreColumnsParallel(Array.Empty<ReadOnlyMemory<byte>>(), codes, 2, reuse),
            () => core10.ScoreColumns(ReadOnlySpan<ReadOnlyMemory<byte>>.Empty, codes),
            () => core10.ScoreColumns(ReadOnlySpan<ReadOnlyMemory<byte>>.Empty, codes, reuse),
        })
        {
            ex = Assert.Throws<ArgumentException>(() => noColumns());
            Assert.Equal("CORE-10 has 10 items, so it needs 10 answer columns; 0 were given. (Parameter 'columns')", ex.Message);
        }

        Assert.Throws<ArgumentNullException>(() => core10.ScoreColumnsParallel(columns, codes, 2, null!));
        ex = Assert.Throws<ArgumentException>(() => core10.ScoreColumnsParallel(columns, codes, 2, other));
        Assert.Equal("The result to reuse holds PHQ-9 scores; only a result of this CORE-10 instrument can be reused. (Parameter 'reuse')", ex.Message);
        Assert.Equal(3, reuse.Count);
    }

    [Fact]
    public void A_code_that_is_also_an_answer_is_refused()
    {
        ReadOnlyMemory<byte>[] columns = [.. Enumerable.Range(0, 10).Select(_ => (ReadOnlyMemory<byte>)new byte[1])];
        var ex = Assert.Throws<ArgumentException>(() =>
            Instruments.Get("core-10").ScoreColumns(columns, new AnswerCodes(3), new ScoringOutcome[1]));
        Assert.StartsWith("The code for not answered (3) is also an answer on CORE-10's 0-4 scale", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_needs_at_least_one_thread()
    {
        ReadOnlyMemory<byte>[] columns = [.. Enumerable.Range(0, 10).Select(_ => (ReadOnlyMemory<byte>)new byte[1])];
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Instruments.Get("core-10").ScoreColumnsParallel(columns, new AnswerCodes(255), new ScoringOutcome[1], 0));
    }

    private static void AssertEqual(ScoringOutcome expected, ScoringOutcome actual)
    {
        Assert.Equal(expected.Position, actual.Position);
        Assert.Equal(expected.IsSuccess, actual.IsSuccess);
        if (expected.IsSuccess)
        {
            Assert.Equal(expected.Result.ToArray(), actual.Result.ToArray());
            Assert.Equal(expected.Result.RiskItemsFlagged, actual.Result.RiskItemsFlagged);
            Assert.Equal(expected.Result.ItemsAnswered, actual.Result.ItemsAnswered);
        }
        else
        {
            Assert.Equal(expected.Error, actual.Error);
        }
    }

    internal static byte[] RandomColumn(Instrument instrument, int rows, Random random)
    {
        var bytes = new byte[rows];
        for (int i = 0; i < bytes.Length; i++)
        {
            int roll = random.Next(100);
            bytes[i] = roll < 4 ? (byte)255 : roll < 6 ? (byte)254 : roll < 7 ? (byte)random.Next(0, 254)
                : (byte)random.Next(instrument.Scale.Minimum, instrument.Scale.Maximum + 1);
        }

        return bytes;
    }
}
