using FsCheck;
using FsCheck.Fluent;

namespace OutcomeScoring.Tests;

/// <summary>
/// Sum scores (never prorated) and scores that leave "not applicable" answers out rather than count them as missing
/// (WSAS's work item, HoNOS's 9; specs/mental-health-proms.md, sections 5 and 10), one by one and byte by byte.
/// </summary>
public sealed class SumAndNotApplicableTests
{
    /// <summary>A made-up 5-item 0-8 scale whose first item offers "not applicable", summed over the items that apply.</summary>
    private static readonly Instrument Summed = new(
        "summed", "Summed", "made up", new ResponseScale(0, 8),
        [new Item(1, "a") { AllowsNotApplicable = true }, new Item(2, "b"), new Item(3, "c", ItemKeying.Reversed), new Item(4, "d") { AllowsNotApplicable = true }, new Item(5, "e")],
        [
            new ScoreDefinition("total", "Total", [1, 2, 3, 4, 5], 0, "made up") { Aggregate = ScoreAggregate.Sum, ExcludesNotApplicable = true },
            new ScoreDefinition("first", "First two", [1, 2], 1, "made up") { Aggregate = ScoreAggregate.Sum, ExcludesNotApplicable = true },
            new ScoreDefinition("mean", "Mean", [1, 2, 3, 4, 5], 2, "made up"),
        ],
        clinicalMultiplier: 5);

    [Fact]
    public void A_not_applicable_item_lowers_the_maximum_and_is_not_missing()
    {
        Score total = Summed.Score([Answer.NotApplicable, 2, 8 - 4, 6, 8])["total"];
        Assert.Equal(2 + 4 + 6 + 8, total.ClinicalScore);
        Assert.Equal(32, total.MaximumPossible);
        Assert.Equal((4, 1, 0), (total.ItemsAnswered, total.ItemsNotApplicable, total.ItemsMissing));
        Assert.False(total.IsProrated);

        Score complete = Summed.Score([0, 2, 4, 6, 8])["total"];
        Assert.Equal(20, complete.ClinicalScore);
        Assert.Equal(40, complete.MaximumPossible);
    }

    [Fact]
    public void A_blank_still_counts_as_missing_in_a_score_that_leaves_not_applicable_out()
    {
        InstrumentResult result = Summed.Score([Answer.NotAnswered, 2, 4, 6, 8]);
        Assert.Null(result["total"].ClinicalScore);
        Assert.Equal(NotComputableReason.TooManyItemsMissing, result["total"].NotComputableReason);

        // Within its limit a sum score is the sum of what was answered: never made up to the missing items.
        Assert.Equal(2, result["first"].ClinicalScore);
    }

    [Fact]
    public void A_score_left_with_no_item_that_applies_is_not_computable_and_says_why()
    {
        Score first = Summed.Score([Answer.NotApplicable, Answer.NotAnswered, 0, 0, 0])["first"];
        Assert.Equal(NotComputableReason.NoItemApplicable, first.NotComputableReason);
        Assert.Equal("First two not computable: none of its 2 items applies (1 not applicable).", first.Explanation);
    }

    [Fact]
    public void Not_applicable_still_counts_as_missing_in_a_mean_score_and_on_an_item_that_does_not_offer_it()
    {
        InstrumentResult result = Summed.Score([Answer.NotApplicable, 2, 4, Answer.NotApplicable, Answer.NotApplicable]);
        Assert.Equal(3, result["mean"].ItemsMissing);
        Assert.Null(result["mean"].Mean);

        // Item 5 does not offer "not applicable", so in the total it is missing.
        Assert.Equal((1, NotComputableReason.TooManyItemsMissing), (result["total"].ItemsMissing, result["total"].NotComputableReason));
    }

    [Fact]
    public void A_mean_score_reaches_the_scale_maximum_times_the_multiplier()
    {
        Assert.Equal(40, Summed.Score([0, 2, 4, 6, 8])["mean"].MaximumPossible);
        Assert.Null(Summed.Score([Answer.NotAnswered, Answer.NotAnswered, Answer.NotAnswered, 0, 0])["mean"].MaximumPossible);
    }

    [Fact]
    public void A_mean_score_reaches_the_scale_maximum_times_the_multiplier_whatever_its_item_count()
    {
        // Three items on 0-4 with a multiplier of 10: a mean reaches 40 (not 3 x 4, as a prorated sum would).
        var instrument = new Instrument(
            "three", "Three", "made up", new ResponseScale(0, 4), [new Item(1, "a"), new Item(2, "b"), new Item(3, "c")],
            [new ScoreDefinition("mean", "Mean", [1, 2, 3], 1, "made up")], clinicalMultiplier: 10);
        Assert.Equal(40, instrument.Score([1, 2, 3]).Primary.MaximumPossible);
        var prorated = new Instrument(
            "three", "Three", "made up", new ResponseScale(0, 4), [new Item(1, "a"), new Item(2, "b"), new Item(3, "c")],
            [new ScoreDefinition("total", "Total", [1, 2, 3], 1, "made up") { Aggregate = ScoreAggregate.ProratedSum }], clinicalMultiplier: 10);
        Assert.Equal(12, prorated.Score([1, 2, Answer.NotAnswered]).Primary.MaximumPossible);
    }

    [Fact]
    public void Byte_batch_equals_one_by_one_with_not_applicable_codes() =>
        Prop.ForAll(
            Gen.Frequency((8, Gen.Choose(0, 8).Select(v => (byte)v)), (2, Gen.Constant((byte)255)), (2, Gen.Constant((byte)254)), (1, Gen.Choose(9, 253).Select(v => (byte)v)))
                .ArrayOf(5 * 40).ToArbitrary(),
            bytes =>
            {
                var codes = new AnswerCodes(255, 254);
                var outcomes = new ScoringOutcome[40];
                Summed.ScoreBatch(bytes, codes, outcomes);
                var parallel = new ScoringOutcome[40];
                Summed.ScoreBatchParallel(bytes, codes, parallel, 2);
                return Enumerable.Range(0, 40).All(row =>
                {
                    Answer[] decoded = [.. bytes.Skip(row * 5).Take(5).Select(codes.Decode)];
                    bool ok = Summed.TryScore(decoded, out InstrumentResult one, out _);
                    return ok == outcomes[row].IsSuccess
                        && (!ok || (one.ToArray().SequenceEqual(outcomes[row].Result.ToArray()) && one.ToArray().SequenceEqual(parallel[row].Result.ToArray())));
                });
            }).Check(SuiteEffort.Properties(300));

    [Fact]
    public void The_json_form_names_the_sum_and_the_not_applicable_rule_and_reads_them_back()
    {
        string json = Summed.ToJson();
        Assert.Contains("\"aggregate\": \"sum\"", json, StringComparison.Ordinal);
        Assert.Contains("\"notApplicable\": \"excluded\"", json, StringComparison.Ordinal);
        Assert.Equal(Summed.Scores, Instrument.FromJson(json).Scores);
    }

    [Fact]
    public void A_form_reader_reads_the_scales_own_number_for_not_applicable_only_on_an_item_that_offers_it()
    {
        Instrument coded = Instrument.FromJson(Summed.ToJson().Replace("\"maximum\": 8 }", "\"maximum\": 8, \"notApplicable\": 9 }", StringComparison.Ordinal));
        Assert.Equal(9, coded.Scale.NotApplicableAnswer);
        var layout = OutcomeScoring.Forms.FormLayout.For(coded);
        Assert.True(layout.TryReadAnswer(1, "9", out Answer answer, out _));
        Assert.True(answer.IsNotApplicable);
        Assert.False(layout.TryReadAnswer(2, "9", out _, out OutcomeScoring.Forms.FormProblem problem));
        Assert.Contains("9", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"notApplicable\": 9", coded.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_applicable_number_on_the_scale_is_refused_with_its_path()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            "coded", "Coded", "made up", new ResponseScale(0, 4) { NotApplicableAnswer = 4 }, [new Item(1, "a")],
            [new ScoreDefinition("total", "Total", [1], 0, "made up")]));
        DefinitionProblem problem = Assert.Single(e.Problems);
        Assert.Equal("$.scale.notApplicable", problem.Path);
        Assert.Equal("Instrument 'coded': the answer 4 for not applicable is also an answer on the 0-4 scale; it must lie outside it.", problem.Message);
    }

    [Fact]
    public void A_score_leaving_not_applicable_out_may_have_at_most_255_items()
    {
        Item[] items = [.. Enumerable.Range(1, 256).Select(n => new Item(n, "t" + n) { AllowsNotApplicable = true })];
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            "big", "Big", "made up", new ResponseScale(0, 1), items,
            [new ScoreDefinition("total", "Total", Enumerable.Range(1, 256), 0, "made up") { ExcludesNotApplicable = true }]));
        Assert.Equal("$.scores[0].notApplicable", Assert.Single(e.Problems).Path);
    }

    [Fact]
    public void An_unknown_aggregate_or_not_applicable_rule_in_json_names_the_choices()
    {
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => Instrument.FromJson(
            """{ "id": "d", "name": "D", "source": "s", "scale": { "minimum": 0, "maximum": 3 }, "items": [{ "number": 1, "topic": "a" }], "scores": [{ "id": "t", "name": "T", "items": [1], "maximumMissing": 0, "aggregate": "median", "notApplicable": "zero", "source": "s" }] }"""));
        Assert.Equal(
            [("$.scores[0].aggregate", "must be \"mean\", \"sum\" or \"prorated-sum\"; got \"median\"."), ("$.scores[0].notApplicable", "must be \"missing\", \"excluded\" or \"counted\"; got \"zero\".")],
            e.Problems.Select(p => (p.Path, p.Message)));
    }
}
