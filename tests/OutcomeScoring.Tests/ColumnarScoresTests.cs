using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Tests;

/// <summary>
/// The columnar result of <see cref="Instrument.ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes)"/>: every row
/// means exactly what scoring that row's answers one by one gives (outcome, counts, reasons, values), on the vector kernel
/// and on the scalar fallback, sequential and parallel, fresh and reused; every bad input refused with a clear message.
/// </summary>
public class ColumnarScoresTests
{
    private static readonly Config Config = SuiteEffort.Properties(100);

    private static readonly AnswerCodes Codes = new(255, 254);

    /// <summary>Every built-in instrument with a byte-coded path, the made-up ones of <see cref="ColumnBatchTests"/>, and one where every answer may be "not applicable".</summary>
    public static TheoryData<string> InstrumentIds => [.. ColumnBatchTests.InstrumentIds.Select(row => (string)row.Data).Append("no-limit")];

    /// <summary>A 2-6 scale, reversed items and scores whose limit allows all but one item missing, leaving out or counting "not applicable": "no item applicable" is reachable.</summary>
    private static readonly Instrument NoLimit = new(
        "no-limit", "No limit", "test", new ResponseScale(2, 6),
        Enumerable.Range(1, 5).Select(n => new Item(n, "t" + n, n % 2 == 0 ? ItemKeying.Reversed : ItemKeying.Direct) { AllowsNotApplicable = n != 5 }),
        [
            new ScoreDefinition("all", "All", [1, 2, 3, 4, 5], 4, "test") { ExcludesNotApplicable = true },
            new ScoreDefinition("some", "Some", [1, 2, 3], 2, "test") { CountsNotApplicable = true },
            new ScoreDefinition("none-missing", "None missing", [4, 5], 0, "test"),
        ],
        clinicalMultiplier: 10);

    private static Instrument Get(string id) => id == "no-limit" ? NoLimit : ColumnBatchTests.Get(id);

    private static ReadOnlyMemory<byte>[] Memories(byte[][] columns) => [.. columns.Select(c => (ReadOnlyMemory<byte>)c)];

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Every_row_means_what_scoring_its_answers_one_by_one_gives(string id)
    {
        Instrument instrument = Get(id);
        Prop.ForAll(ColumnBatchTests.Columns(instrument).ToArbitrary(), columns =>
        {
            ColumnarScores scores = instrument.ScoreColumns(Memories(columns), Codes);
            AssertRowsMatch(instrument, columns, Codes, scores);
        }).Check(Config);
    }

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void The_scalar_fallback_gives_the_same_rows(string id)
    {
        // Forced as on a machine without AVX2: rows gathered into row order and scored by the row engine.
        Instrument instrument = Get(id);
        Prop.ForAll(ColumnBatchTests.Columns(instrument).ToArbitrary(), columns =>
        {
            ColumnarScores scalar = instrument.ScoreColumns(Memories(columns), Codes, instrument.ScoreColumns(Memories(columns), Codes), vector: false);
            AssertRowsMatch(instrument, columns, Codes, scalar);
        }).Check(Config);
    }

    [Theory]
    [InlineData("core-10")]
    [InlineData("core-om")]
    [InlineData("no-limit")]
    public void Without_a_not_applicable_code_every_other_byte_is_an_answer_or_off_the_scale(string id)
    {
        Instrument instrument = Get(id);
        var codes = new AnswerCodes(9);
        Prop.ForAll(ColumnBatchTests.Columns(instrument).ToArbitrary(), columns =>
            AssertRowsMatch(instrument, columns, codes, instrument.ScoreColumns(Memories(columns), codes))).Check(Config);
    }

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Parallel_and_reused_results_equal_the_sequential_one(string id)
    {
        Instrument instrument = Get(id);
        // Two chunks of 8,224 rows (whole blocks of 32) less one row, so the last chunk ends in a ragged tail: one more
        // chunk (issue 21: the chunk count's "- 1" mutated to "+ 1") would start past the last row.
        const int rows = (2 * 8_224) - 1;
        var random = new Random(29);
        byte[][] columns = [.. instrument.Items.Select(_ => ColumnBatchTests.RandomColumn(instrument, rows, random))];
        ColumnarScores sequential = instrument.ScoreColumns(Memories(columns), Codes);

        ColumnarScores parallel = instrument.ScoreColumnsParallel(Memories(columns), Codes, maxDegreeOfParallelism: 3);
        ColumnarScores reused = instrument.ScoreColumns(Memories(columns), Codes, instrument.ScoreColumns(Memories([.. columns.Select(c => c[..4_000])]), Codes));
        ColumnarScores reusedParallel = instrument.ScoreColumnsParallel(Memories(columns), Codes, 2, instrument.ScoreColumns(Memories(columns), new AnswerCodes(253)));

        foreach (ColumnarScores other in new[] { parallel, reused, reusedParallel })
        {
            AssertSameColumns(sequential, other);
        }

        AssertRowsMatch(instrument, columns, Codes, sequential, step: 13);
    }

    [Fact]
    public void A_smaller_batch_into_a_reused_result_holds_only_its_own_rows()
    {
        Instrument core10 = Instruments.Get("core-10");
        byte[][] large = [.. Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat((byte)7, 100).ToArray())];
        byte[][] small = [.. Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat((byte)2, 33).ToArray())];
        ColumnarScores scores = core10.ScoreColumns(Memories(large), new AnswerCodes(255));
        Assert.Equal(100, scores.ErrorCount);

        ColumnarScores again = core10.ScoreColumns(Memories(small), new AnswerCodes(255), scores);

        Assert.Same(scores, again);
        Assert.Equal((33, 0), (again.Count, again.ErrorCount));
        Assert.All(Enumerable.Range(0, 33), row => Assert.Equal(20.0, again.Outcome(row).Result.Primary.ClinicalScore));
        Assert.Equal("CORE-10: 33 rows, 0 not scored", again.ToString());
    }

    /// <summary>
    /// Two rows with a byte off the scale at the same place in two blocks of 32 rows (rows 3 and 35): the vector path's
    /// "any off the scale" flag must not let one cancel the other (issue 21: the flag gathered with exclusive or passed),
    /// or neither row is re-scored and named.
    /// </summary>
    [Fact]
    public void Bytes_off_the_scale_at_the_same_place_in_two_blocks_are_both_named()
    {
        Instrument core10 = Instruments.Get("core-10");
        byte[][] columns = [.. Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat((byte)2, 64).ToArray())];
        columns[0][3] = 9;
        columns[0][35] = 9;

        ColumnarScores scores = core10.ScoreColumns(Memories(columns), new AnswerCodes(255));

        Assert.Equal(2, scores.ErrorCount);
        Assert.Equal("CORE-10 item 1: answer 9 is outside the response scale 0-4.", scores.Outcome(3).Error!.Value.Message);
        Assert.Equal("CORE-10 item 1: answer 9 is outside the response scale 0-4.", scores.Outcome(35).Error!.Value.Message);
        Assert.Equal(20.0, scores.Outcome(4).Result.Primary.ClinicalScore);
    }

    /// <summary>
    /// A reused result keeps its storage when the new rows fit, as its documentation says: spans read from it before then see
    /// the new rows (issue 21: a result that always took new storage, or did so when the rows exactly filled it, passed).
    /// </summary>
    [Theory]
    [InlineData(100)]
    [InlineData(60)]
    public void A_reused_result_that_holds_the_new_rows_keeps_its_storage(int rows)
    {
        Instrument core10 = Instruments.Get("core-10");
        byte[][] first = [.. Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat((byte)1, 100).ToArray())];
        byte[][] second = [.. Enumerable.Range(0, 10).Select(i => Enumerable.Repeat((byte)(i < 5 ? 255 : 3), rows).ToArray())];
        ColumnarScores scores = core10.ScoreColumns(Memories(first), new AnswerCodes(255));
        ReadOnlySpan<byte> answeredBefore = scores.ItemsAnswered, reasonsBefore = scores.NotComputableReasons(0);
        Assert.Equal(10, answeredBefore[0]);

        core10.ScoreColumns(Memories(second), new AnswerCodes(255), scores);

        Assert.Equal(5, answeredBefore[0]);
        Assert.Equal((byte)NotComputableReason.TooManyItemsMissing, reasonsBefore[rows - 1]);
        Assert.Equal(rows, scores.Count);
    }

    /// <summary>
    /// An error row's outcome is looked up among the kept errors. A row marked as an error whose error was not kept (which
    /// only a fault in the library's own scoring could cause) is reported, not answered with another row's error.
    /// </summary>
    [Fact]
    public void An_error_row_whose_error_was_not_kept_is_reported()
    {
        Instrument core10 = Instruments.Get("core-10");
        byte[][] columns = [.. Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat((byte)2, 3).ToArray())];
        columns[0][1] = 9;
        ColumnarScores scores = core10.ScoreColumns(Memories(columns), new AnswerCodes(255));
        var notKept = new List<ScoringOutcome>();

        scores.Store(2, scores.Outcome(1), notKept);

        Assert.Equal(2, Assert.Single(notKept).Position);
        Assert.Equal((byte)ScoringErrorKind.AnswerOutOfRange, scores.ErrorKinds[2]);
        var ex = Assert.Throws<InvalidOperationException>(() => scores.Outcome(2));
        Assert.Equal("Row 2 is marked as an error row but its error was not kept.", ex.Message);
        Assert.Equal(1, scores.Outcome(1).Position);
    }

    [Fact]
    public void A_byte_off_the_scale_is_an_error_row_naming_item_and_value_and_the_others_are_scored()
    {
        Instrument core10 = Instruments.Get("core-10");
        byte[][] columns = [.. Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat((byte)2, 70).ToArray())];
        columns[6][33] = 7;   // row 33, item 7: inside a vector block
        columns[2][69] = 9;   // row 69, item 3: in the ragged tail

        ColumnarScores scores = core10.ScoreColumns(Memories(columns), new AnswerCodes(255));

        Assert.Equal(2, scores.ErrorCount);
        Assert.Equal((byte)ScoringErrorKind.AnswerOutOfRange, scores.ErrorKinds[33]);
        Assert.Equal("CORE-10 item 7: answer 7 is outside the response scale 0-4.", scores.Outcome(33).Error!.Value.Message);
        Assert.Equal("CORE-10 item 3: answer 9 is outside the response scale 0-4.", scores.Outcome(69).Error!.Value.Message);
        Assert.Equal((0, 0, 0), (scores.ItemsAnswered[33], scores.ScoreItemsAnswered(0)[33], scores.NotComputableReasons(0)[33]));
        var values = new double[70];
        scores.CopyClinicalScores(0, values);
        Assert.True(double.IsNaN(values[33]) && double.IsNaN(values[69]));
        Assert.All(values.Where((_, row) => row is not 33 and not 69), value => Assert.Equal(20.0, value));
        var ex = Assert.Throws<InvalidOperationException>(() => scores.Score(33, 0));
        Assert.Contains("item 7: answer 7 is outside the response scale 0-4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_rows_give_an_empty_result()
    {
        ColumnarScores scores = Instruments.Get("core-om").ScoreColumns(Memories([.. Enumerable.Range(0, 34).Select(_ => Array.Empty<byte>())]), Codes);
        Assert.Equal((0, 0), (scores.Count, scores.ItemsAnswered.Length));
        scores.CopyMeans(0, []);
    }

    [Fact]
    public void The_column_count_and_lengths_must_fit_the_instrument()
    {
        Instrument core10 = Instruments.Get("core-10");
        var ex = Assert.Throws<ArgumentException>(() => core10.ScoreColumns([new byte[3], new byte[3]], new AnswerCodes(255)));
        Assert.Equal("CORE-10 has 10 items, so it needs 10 answer columns; 2 were given. (Parameter 'columns')", ex.Message);

        ReadOnlyMemory<byte>[] ragged = [.. Enumerable.Range(0, 10).Select(i => (ReadOnlyMemory<byte>)new byte[i == 4 ? 2 : 3])];
        ex = Assert.Throws<ArgumentException>(() => core10.ScoreColumnsParallel(ragged, new AnswerCodes(255), 2));
        Assert.StartsWith("CORE-10: the column for item 5 has 2 answers; 3 response sets need 3.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_on_the_scale_is_refused()
    {
        ReadOnlyMemory<byte>[] columns = [.. Enumerable.Range(0, 10).Select(_ => (ReadOnlyMemory<byte>)new byte[1])];
        var ex = Assert.Throws<ArgumentException>(() => Instruments.Get("core-10").ScoreColumns(columns, new AnswerCodes(3)));
        Assert.StartsWith("The code for not answered (3) is also an answer on CORE-10's 0-4 scale", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_instruments_result_cannot_be_reused()
    {
        ColumnarScores core10 = Instruments.Get("core-10").ScoreColumns(Memories([.. Enumerable.Range(0, 10).Select(_ => new byte[1])]), Codes);
        ReadOnlyMemory<byte>[] columns = Memories([.. Enumerable.Range(0, 10).Select(_ => new byte[1])]);

        var ex = Assert.Throws<ArgumentException>(() => Instruments.Get("yp-core").ScoreColumns(columns, Codes, core10));
        Assert.StartsWith("The result to reuse holds CORE-10 scores; only a result of this YP-CORE instrument can be reused.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Instruments.Get("yp-core").ScoreColumns(columns, Codes, (ColumnarScores)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Instruments.Get("core-10").ScoreColumnsParallel(columns, Codes, 0));
    }

    [Fact]
    public void An_instrument_of_255_items_scores_into_a_columnar_result()
    {
        var widest = new Instrument(
            "widest", "Widest", "test", new ResponseScale(0, 1),
            Enumerable.Range(1, 255).Select(n => new Item(n, "t" + n)),
            [new ScoreDefinition("total", "Total", [.. Enumerable.Range(1, 255)], 0, "test")]);
        ReadOnlyMemory<byte>[] columns = Memories([.. Enumerable.Range(0, 255).Select(i => new byte[] { 1, (byte)(i % 2) })]);

        ColumnarScores scores = widest.ScoreColumns(columns, new AnswerCodes(255));

        Assert.Equal(2, scores.Count);
        Assert.Equal(1.0, scores.Score(0, 0).Mean);
        Assert.Equal(127.0 / 255, scores.Score(1, 0).Mean!.Value, 12);
    }

    [Fact]
    public void An_instrument_of_more_than_255_items_is_refused_with_the_way_out()
    {
        var wide = new Instrument(
            "wide", "Wide", "test", new ResponseScale(0, 1),
            Enumerable.Range(1, 256).Select(n => new Item(n, "t" + n)),
            [new ScoreDefinition("total", "Total", [.. Enumerable.Range(1, 256)], 0, "test")]);
        ReadOnlyMemory<byte>[] columns = Memories([.. Enumerable.Range(0, 256).Select(_ => new byte[2])]);

        var ex = Assert.Throws<ArgumentException>(() => wide.ScoreColumns(columns, new AnswerCodes(255)));

        Assert.StartsWith("Wide has 256 items; a columnar result counts answers in bytes (at most 255 items): score it into ScoringOutcome values instead.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("columns", ex.ParamName);
        var outcomes = new ScoringOutcome[2];
        wide.ScoreColumns(columns, new AnswerCodes(255), outcomes);
        Assert.Equal(0.0, outcomes[1].Result.Primary.Mean);
    }

    [Fact]
    public void Rows_scores_and_destinations_out_of_range_are_refused()
    {
        ColumnarScores scores = Instruments.Get("core-10").ScoreColumns(Memories([.. Enumerable.Range(0, 10).Select(_ => new byte[4])]), Codes);

        Assert.Equal("The result holds 4 rows; the row must be between 0 and 3. (Parameter 'row')\nActual value was 4.", Assert.Throws<ArgumentOutOfRangeException>(() => scores.Outcome(4)).Message.ReplaceLineEndings("\n"));
        Assert.Throws<ArgumentOutOfRangeException>(() => scores.Score(-1, 0));
        Assert.StartsWith("CORE-10 has one score; the position must be between 0 and 0.", Assert.Throws<ArgumentOutOfRangeException>(() => scores.NotComputableReasons(1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => scores.ScoreItemsAnswered(-1));
        Assert.Equal("The destination holds 3 values; 4 rows need 4. (Parameter 'destination')", Assert.Throws<ArgumentException>(() => scores.CopyClinicalScores(0, new double[3])).Message);
    }

    /// <summary>Each row's outcome and every column against one-by-one scoring of the decoded answers.</summary>
    private static void AssertRowsMatch(Instrument instrument, byte[][] columns, AnswerCodes codes, ColumnarScores scores, int step = 1)
    {
        int rows = columns[0].Length;
        Assert.Equal(rows, scores.Count);
        int scoreCount = instrument.Scores.Length;
        double[][] clinical = [.. Enumerable.Range(0, scoreCount).Select(_ => new double[rows])];
        double[][] means = [.. Enumerable.Range(0, scoreCount).Select(_ => new double[rows])];
        for (int s = 0; s < scoreCount; s++)
        {
            scores.CopyClinicalScores(s, clinical[s]);
            scores.CopyMeans(s, means[s]);
        }

        int errors = 0;
        for (int row = 0; row < rows; row += step)
        {
            Answer[] answers = [.. columns.Select(c => codes.Decode(c[row]))];
            ByteBatchTests.AssertSame(instrument, answers, scores.Outcome(row), row);
            if (!instrument.TryScore(answers, out InstrumentResult expected, out ScoringError error))
            {
                errors++;
                Assert.Equal((byte)error.Kind, scores.ErrorKinds[row]);
                Assert.All(Enumerable.Range(0, scoreCount), s => Assert.True(double.IsNaN(clinical[s][row]) && double.IsNaN(means[s][row])));
                continue;
            }

            Assert.Equal((0, expected.ItemsAnswered, expected.RiskItemsFlagged), (scores.ErrorKinds[row], scores.ItemsAnswered[row], scores.RiskItemsFlagged[row]));
            for (int s = 0; s < scoreCount; s++)
            {
                Score score = expected[s];
                Assert.Equal(score, scores.Score(row, s));
                Assert.Equal(
                    (score.ItemsAnswered, score.ItemsNotApplicable, (int)score.NotComputableReason),
                    (scores.ScoreItemsAnswered(s)[row], scores.ScoreItemsNotApplicable(s)[row], scores.NotComputableReasons(s)[row]));
                Assert.Equal(score.ClinicalScore ?? double.NaN, clinical[s][row]);
                Assert.Equal(score.Mean ?? double.NaN, means[s][row]);
            }
        }

        if (step == 1)
        {
            Assert.Equal(errors, scores.ErrorCount);
        }
    }

    private static void AssertSameColumns(ColumnarScores expected, ColumnarScores actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.ErrorCount, actual.ErrorCount);
        Assert.True(expected.ErrorKinds.SequenceEqual(actual.ErrorKinds));
        Assert.True(expected.ItemsAnswered.SequenceEqual(actual.ItemsAnswered));
        Assert.True(expected.RiskItemsFlagged.SequenceEqual(actual.RiskItemsFlagged));
        for (int s = 0; s < expected.Instrument.Scores.Length; s++)
        {
            Assert.True(expected.ScoreItemsAnswered(s).SequenceEqual(actual.ScoreItemsAnswered(s)));
            Assert.True(expected.ScoreItemsNotApplicable(s).SequenceEqual(actual.ScoreItemsNotApplicable(s)));
            Assert.True(expected.NotComputableReasons(s).SequenceEqual(actual.NotComputableReasons(s)));
        }

        for (int row = 0; row < expected.Count; row++)
        {
            ScoringOutcome e = expected.Outcome(row), a = actual.Outcome(row);
            Assert.Equal(e.IsSuccess, a.IsSuccess);
            Assert.Equal(e.IsSuccess ? e.Result.ToArray() : [], a.IsSuccess ? a.Result.ToArray() : []);
            Assert.Equal(e.Error, a.Error);
        }
    }
}
