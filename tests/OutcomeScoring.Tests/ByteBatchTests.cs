using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Tests;

/// <summary>
/// Byte-coded batch scoring (national extracts): identical to one-by-one scoring for every built-in instrument,
/// in parallel identical to sequential, and every kind of bad input refused or reported by position.
/// </summary>
public class ByteBatchTests
{
    private static readonly Config Config = SuiteEffort.Properties(300);

    private static readonly AnswerCodes Codes = new(255, 254);

    public static TheoryData<string> InstrumentIds =>
        ["core-om", "core-10", "yp-core", "dialog", "core-6d", "pam-13", "gp-core-like-seven-scores", "one-to-five-not-applicable", "zero-to-four-not-applicable", "k10", "wsas", "honos", "p3ceq"];

    private static Instrument Get(string id) => id switch
    {
        "gp-core-like-seven-scores" => SevenScores,
        "one-to-five-not-applicable" => NotApplicableLeftOut(1, 5),
        "zero-to-four-not-applicable" => NotApplicableLeftOut(0, 4),
        _ => Instruments.Get(id),
    };

    /// <summary>
    /// Made-up instruments for the byte table (at most six scores): a scale from 0 or from 1, reversed items, a reversed risk
    /// item, and "not applicable" answers left out of one score and blank in the other (issue 21: with only 0-based scales and
    /// no reversed risk item or not-applicable code, a table that added the minimum instead of subtracting it, kept one byte's
    /// lanes for the next, or counted "not applicable" as an answer passed every test).
    /// </summary>
    private static Instrument NotApplicableLeftOut(int minimum, int maximum) => new(
        "na", "Not applicable", "test", new ResponseScale(minimum, maximum),
        Enumerable.Range(1, 6).Select(n => new Item(n, "t" + n, n % 2 == 0 ? ItemKeying.Reversed : ItemKeying.Direct, IsRisk: n == 6) { AllowsNotApplicable = n <= 4 }),
        [
            new ScoreDefinition("left-out", "Left out", [1, 2, 3, 4], 2, "test") { ExcludesNotApplicable = true },
            new ScoreDefinition("all", "All", [1, 2, 3, 4, 5, 6], 2, "test"),
        ]);

    /// <summary>A made-up instrument with more scores than the vector path holds, a 1-5 scale and reversed items.</summary>
    private static readonly Instrument SevenScores = new(
        "seven", "Seven scores", "test", new ResponseScale(1, 5),
        Enumerable.Range(1, 8).Select(n => new Item(n, "t" + n, n % 3 == 0 ? ItemKeying.Reversed : ItemKeying.Direct, IsRisk: n == 8)),
        Enumerable.Range(1, 7).Select(s => new ScoreDefinition("s" + s, "Score " + s, new[] { s, s + 1 }, 1, "test")));

    /// <summary>Rows of bytes: scale values, both codes, and now and then a byte that is neither.</summary>
    private static Gen<byte[]> Rows(Instrument instrument) =>
        Gen.Choose(0, 40).SelectMany(rows =>
            Gen.Frequency(
                    (85, Gen.Choose(instrument.Scale.Minimum, instrument.Scale.Maximum).Select(v => (byte)v)),
                    (6, Gen.Constant((byte)255)),
                    (4, Gen.Constant((byte)254)),
                    (1, Gen.Choose(0, 253).Select(v => (byte)v)))
                .ArrayOf(rows * instrument.Items.Length));

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Byte_batch_gives_exactly_what_scoring_each_set_gives(string id)
    {
        Instrument instrument = Get(id);
        Prop.ForAll(Rows(instrument).ToArbitrary(), bytes =>
        {
            int k = instrument.Items.Length, rows = bytes.Length / k;
            var outcomes = new ScoringOutcome[rows];
            instrument.ScoreBatch(bytes, Codes, outcomes);
            for (int row = 0; row < rows; row++)
            {
                Answer[] answers = [.. bytes.AsSpan(row * k, k).ToArray().Select(Codes.Decode)];
                AssertSame(instrument, answers, outcomes[row], row);
            }
        }).Check(Config);
    }

    [Theory]
    [MemberData(nameof(InstrumentIds))]
    public void Parallel_batch_equals_sequential_batch(string id)
    {
        Instrument instrument = Get(id);
        // Three chunks of 8,192 rows less one row: one more chunk (issue 21: the chunk count's "- 1" mutated to "+ 1")
        // would start past the last row.
        const int rows = (3 * 8_192) - 1;
        byte[] bytes = RandomRows(instrument, rows, seed: 11);
        var sequential = new ScoringOutcome[rows];
        var parallel = new ScoringOutcome[rows];

        instrument.ScoreBatch(bytes, Codes, sequential);
        instrument.ScoreBatchParallel(bytes, Codes, parallel, maxDegreeOfParallelism: 4);

        for (int row = 0; row < rows; row++)
        {
            Assert.Equal(row, parallel[row].Position);
            Assert.Equal(sequential[row].IsSuccess, parallel[row].IsSuccess);
            if (sequential[row].IsSuccess)
            {
                Assert.Equal(sequential[row].Result.ToArray(), parallel[row].Result.ToArray());
                Assert.Equal(sequential[row].Result.RiskItemsFlagged, parallel[row].Result.RiskItemsFlagged);
            }
            else
            {
                Assert.Equal(sequential[row].Error, parallel[row].Error);
            }
        }
    }

    [Fact]
    public void A_byte_off_the_scale_is_an_outcome_naming_item_value_and_position_and_other_rows_are_scored()
    {
        Instrument core10 = Instruments.Get("core-10");
        byte[] bytes = [.. Enumerable.Repeat((byte)2, 30)];
        bytes[10 + 6] = 7;   // row 1, item 7
        var outcomes = new ScoringOutcome[3];

        core10.ScoreBatch(bytes, new AnswerCodes(255), outcomes);

        Assert.True(outcomes[0].IsSuccess);
        Assert.True(outcomes[2].IsSuccess);
        ScoringError error = Assert.IsType<ScoringError>(outcomes[1].Error);
        Assert.Equal(ScoringErrorKind.AnswerOutOfRange, error.Kind);
        Assert.Equal(7, error.ItemNumber);
        Assert.Equal(7, error.Value);
        Assert.Equal("CORE-10 item 7: answer 7 is outside the response scale 0-4.", error.Message);
        Assert.Equal(1, outcomes[1].Position);
        Assert.Equal(20.0, outcomes[2].Result.Primary.ClinicalScore);
    }

    [Fact]
    public void A_code_that_is_also_an_answer_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Instruments.Get("core-10").ScoreBatch(new byte[10], new AnswerCodes(0), new ScoringOutcome[1]));
        Assert.Equal("codes", ex.ParamName);
        Assert.StartsWith("The code for not answered (0) is also an answer on CORE-10's 0-4 scale", ex.Message, StringComparison.Ordinal);

        var na = Assert.Throws<ArgumentException>(() =>
            Instruments.Get("dialog").ScoreBatch(new byte[11], new AnswerCodes(255, 7), new ScoringOutcome[1]));
        Assert.Contains("not applicable (7)", na.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_must_differ()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AnswerCodes(9, 9));
        Assert.StartsWith("The codes for not answered and not applicable must differ; both are 9.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answer_count_must_match_the_outcome_buffer()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Instruments.Get("core-10").ScoreBatch(new byte[25], new AnswerCodes(255), new ScoringOutcome[3]));
        Assert.StartsWith("CORE-10 has 10 items, so 3 response sets need 30 answers; 25 were given.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("answers", ex.ParamName);
    }

    [Fact]
    public void The_parallel_answer_count_must_match_the_outcome_buffer()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Instruments.Get("core-10").ScoreBatchParallel(new byte[25], new AnswerCodes(255), new ScoringOutcome[3], 2));
        Assert.StartsWith("CORE-10 has 10 items, so 3 response sets need 30 answers; 25 were given.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("answers", ex.ParamName);
    }

    /// <summary>
    /// A set of more than 256 answers with a byte off the scale is decoded into a pooled array rather than on the stack to be
    /// scored one by one and named (issue 21: no test reached that branch).
    /// </summary>
    [Fact]
    public void A_byte_off_the_scale_in_a_set_of_more_than_256_items_is_named()
    {
        var long300 = new Instrument(
            "long", "Long", "test", new ResponseScale(0, 1),
            Enumerable.Range(1, 300).Select(n => new Item(n, "t" + n, ItemKeying.Direct, false)),
            [new ScoreDefinition("total", "Total", [.. Enumerable.Range(1, 300)], 0, "test")]);
        byte[] bytes = [.. Enumerable.Repeat((byte)1, 600)];
        bytes[300 + 289] = 5;   // row 1, item 290
        var outcomes = new ScoringOutcome[2];

        long300.ScoreBatch(bytes, new AnswerCodes(255), outcomes);

        Assert.Equal(300, outcomes[0].Result.Primary.ItemsAnswered);
        Assert.Equal(1.0, outcomes[0].Result.Primary.Mean);
        ScoringError error = Assert.IsType<ScoringError>(outcomes[1].Error);
        Assert.Equal((290, 5, 1), (error.ItemNumber, error.Value, outcomes[1].Position));
        Assert.Equal("Long item 290: answer 5 is outside the response scale 0-1.", error.Message);
    }

    [Fact]
    public void A_scale_that_does_not_fit_in_a_byte_is_refused()
    {
        var wide = new Instrument(
            "wide", "Wide", "test", new ResponseScale(0, 300),
            [new Item(1, "a", ItemKeying.Direct, false)],
            [new ScoreDefinition("total", "Total", [1], 0, "test")]);
        var ex = Assert.Throws<ArgumentException>(() => wide.ScoreBatch(new byte[1], new AnswerCodes(255), new ScoringOutcome[1]));
        Assert.StartsWith("Wide answers run 0-300, which does not fit in a byte (0-255)", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Which instruments the byte batch scores with one vector add per item: those with at most six scores whose lanes fit
    /// one 16-lane vector (six scores fill it exactly). The outcomes are the same either way, so only this test sees the
    /// choice (issue 21: the limits moved by one, or reversed, passed every other test).
    /// </summary>
    [Fact]
    public void Sets_are_scored_in_vectors_up_to_six_scores_that_fill_one_vector()
    {
        var sixScores = new Instrument(
            "six", "Six scores", "test", new ResponseScale(0, 4),
            Enumerable.Range(1, 6).Select(n => new Item(n, "t" + n, ItemKeying.Direct, false)),
            Enumerable.Range(1, 6).Select(s => new ScoreDefinition("s" + s, "Score " + s, new[] { s }, 0, "test")));
        Assert.Equal(16, sixScores.BatchLaneEnd);

        Assert.True(sixScores.ScoresBytesInVectors(Codes));
        Assert.True(Instruments.Get("core-10").ScoresBytesInVectors(Codes));
        Assert.False(SevenScores.ScoresBytesInVectors(Codes));
    }

    /// <summary>A scale that ends at 255 fits in a byte (issue 21: refusing a maximum of exactly 255 passed every test).</summary>
    [Fact]
    public void A_scale_that_ends_at_255_fits_in_a_byte()
    {
        var full = new Instrument(
            "full", "Full", "test", new ResponseScale(1, 255),
            [new Item(1, "a", ItemKeying.Direct, false), new Item(2, "b", ItemKeying.Reversed, false)],
            [new ScoreDefinition("total", "Total", [1, 2], 1, "test")]);
        var outcomes = new ScoringOutcome[2];

        full.ScoreBatch(new byte[] { 255, 255, 0, 1 }, new AnswerCodes(0), outcomes);

        Assert.Equal(256.0 / 2, outcomes[0].Result.Primary.Mean);
        Assert.Equal(255.0, outcomes[1].Result.Primary.Mean);
        Assert.Equal(1, outcomes[1].Result.Primary.ItemsAnswered);
    }

    [Fact]
    public void Parallel_needs_at_least_one_thread()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Instruments.Get("core-10").ScoreBatchParallel(new byte[10], new AnswerCodes(255), new ScoringOutcome[1], 0));
    }

    [Fact]
    public void Decode_reads_codes_and_values()
    {
        Assert.Equal(Answer.NotAnswered, Codes.Decode(255));
        Assert.Equal(Answer.NotApplicable, Codes.Decode(254));
        Assert.Equal(Answer.Of(3), Codes.Decode(3));
        Assert.Equal(Answer.Of(254), new AnswerCodes(255).Decode(254));
        Assert.Equal("not answered = 255, not applicable = 254", Codes.ToString());
    }

    [Fact]
    public void An_outcome_is_compact()
    {
        // 8 (instrument) + 56 (16-bit lanes) + position and flag: a buffer for a million sets is about 72 MB.
        Assert.Equal(72, Unsafe.SizeOf<ScoringOutcome>());
    }

    [Fact]
    public void Sums_that_could_overflow_a_result_are_refused_when_the_instrument_is_defined()
    {
        var ex = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            "huge", "Huge", "test", new ResponseScale(0, 1000),
            Enumerable.Range(1, 70).Select(n => new Item(n, "t", ItemKeying.Direct, false)),
            [new ScoreDefinition("total", "Total", [1], 0, "test")]));
        Assert.Contains("could sum to 70000 above the scale minimum; results hold sums of at most 65535", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>An outcome of the byte-coded or columnar batch equals scoring the same answers one by one: scores, counts, band, stages, errors.</summary>
    internal static void AssertSame(Instrument instrument, Answer[] answers, ScoringOutcome outcome, int row)
    {
        Assert.Equal(row, outcome.Position);
        bool scored = instrument.TryScore(answers, out InstrumentResult expected, out ScoringError error);
        Assert.Equal(scored, outcome.IsSuccess);
        if (scored)
        {
            InstrumentResult actual = outcome.Result;
            Assert.Equal(expected.ToArray(), actual.ToArray());
            Assert.Equal(expected.ItemsAnswered, actual.ItemsAnswered);
            Assert.Equal(expected.RiskItemsFlagged, actual.RiskItemsFlagged);
            Assert.Equal(expected.Band, actual.Band);
            for (int s = 0; s < instrument.Stages.Length; s++)
            {
                // Stages read the keyed answers the vector path stores in lanes of their own (dialog, core-6d).
                Assert.Equal(expected.Stage(s).ToString(), actual.Stage(s).ToString());
                Assert.Equal(expected.Stage(s).MarkedItems, actual.Stage(s).MarkedItems);
            }
        }
        else
        {
            Assert.Equal(error, outcome.Error);
        }
    }

    private static byte[] RandomRows(Instrument instrument, int rows, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[rows * instrument.Items.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            int roll = random.Next(100);
            bytes[i] = roll < 4 ? (byte)255 : roll < 6 ? (byte)254 : roll < 7 ? (byte)random.Next(0, 254)
                : (byte)random.Next(instrument.Scale.Minimum, instrument.Scale.Maximum + 1);
        }

        return bytes;
    }
}
