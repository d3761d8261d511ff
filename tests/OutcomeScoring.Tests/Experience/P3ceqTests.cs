using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Experience;

namespace OutcomeScoring.Tests.Experience;

/// <summary>
/// P3CEQ against specs/integration-experience-utility.md, section 1: two subscale sums of 0-3 items, no total, item 8 in
/// coordination flagged and a caller option, don't know kept apart from blanks, complete subscales by default and prorating
/// from 80% as an option. The sheet found no worked examples, so these are rule-based.
/// </summary>
public sealed class P3ceqTests
{
    private static readonly int[] PcItems = [1, 2, 3, 4, 5, 8, 9, 10];
    private static readonly int[] CcItems = [5, 6, 7, 8, 9];

    private static Answer[] Form(params int[] answers) => [.. answers.Select(Answer.Of)];

    private static Answer[] All(int value) => [.. Enumerable.Repeat(Answer.Of(value), 11)];

    [Fact]
    public void The_subscales_are_the_sheets_and_there_is_no_total()
    {
        Assert.Equal(["pc", "cc"], P3ceq.Instrument.Scores.Select(s => s.Id));
        Assert.Equal(PcItems, P3ceq.PersonCentredness.Items);
        Assert.Equal(CcItems, P3ceq.Coordination.Items);
        Assert.Equal([5, 8, 9], PcItems.Intersect(CcItems));
        Assert.DoesNotContain(11, PcItems.Concat(CcItems));
        Assert.Equal((0, 3, 11), (P3ceq.Instrument.Scale.Minimum, P3ceq.Instrument.Scale.Maximum, P3ceq.Instrument.Items.Length));
        Assert.Equal(ScoreDirection.HigherIsBetter, P3ceq.Instrument.Direction);
        Assert.All(P3ceq.Instrument.Scores, s => Assert.Equal(ScoreAggregate.Sum, s.Aggregate));
    }

    [Fact]
    public void Subscales_are_sums_of_their_items()
    {
        InstrumentResult best = P3ceq.Instrument.Score(All(3));
        Assert.Equal((24.0, 15.0), (best["pc"].ClinicalScore!.Value, best["cc"].ClinicalScore!.Value));
        InstrumentResult worst = P3ceq.Instrument.Score(All(0));
        Assert.Equal((0.0, 0.0), (worst["pc"].ClinicalScore!.Value, worst["cc"].ClinicalScore!.Value));

        // Items 1-11 answered 3,2,1,0,3,2,1,0,3,2,1: pc = 3+2+1+0+3 + 0+3+2 = 14; cc = 3+2+1+0+3 = 9.
        InstrumentResult mixed = P3ceq.Instrument.Score(Form(3, 2, 1, 0, 3, 2, 1, 0, 3, 2, 1));
        Assert.Equal((14.0, 9.0), (mixed["pc"].ClinicalScore!.Value, mixed["cc"].ClinicalScore!.Value));
    }

    [Fact]
    public void A_dichotomous_item_recorded_0_or_3_weighs_as_much_as_the_ends_of_a_likert_item()
    {
        // Lloyd et al. 2019: dichotomous items are scored 0 or 3 so that they weigh the same.
        double? yes = P3ceq.Instrument.Score(Form(0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0))["cc"].ClinicalScore;
        double? no = P3ceq.Instrument.Score(All(0))["cc"].ClinicalScore;
        Assert.Equal(3, yes - no);
    }

    [Fact]
    public void Item_11_is_in_neither_subscale()
    {
        Answer[] answers = All(2);
        answers[10] = Answer.NotAnswered;
        InstrumentResult result = P3ceq.Instrument.Score(answers);
        Assert.Equal((16.0, 10.0), (result["pc"].ClinicalScore!.Value, result["cc"].ClinicalScore!.Value));
        Assert.Equal(10, result.ItemsAnswered);
    }

    [Fact]
    public void Dont_know_is_not_answered_but_counted_apart_from_blanks()
    {
        Answer[] answers = All(2);
        answers[5] = Answer.NotApplicable;   // item 6: coordination only
        InstrumentResult result = P3ceq.Instrument.Score(answers);
        Score cc = result["cc"];
        Assert.Null(cc.ClinicalScore);
        Assert.Equal((4, 1, 0), (cc.ItemsAnswered, cc.ItemsNotApplicable, cc.ItemsMissing));
        Assert.Equal(
            "Care coordination not computable: 1 of its 5 items not answered (0 blank, 1 not applicable or don't know); at most 0 may be missing.",
            cc.Explanation);
        Assert.Equal(16, result["pc"].ClinicalScore);
        Assert.Equal(0, result["pc"].ItemsNotApplicable);

        answers[5] = Answer.NotAnswered;
        Score blank = P3ceq.Instrument.Score(answers)["cc"];
        Assert.Equal((4, 0, 1), (blank.ItemsAnswered, blank.ItemsNotApplicable, blank.ItemsMissing));
        Assert.Equal("Care coordination not computable: 1 of its 5 items missing; at most 0 may be missing.", blank.Explanation);
        Assert.All(P3ceq.Instrument.Items, i => Assert.True(i.AllowsNotApplicable));
        Assert.All(P3ceq.Instrument.Scores, s => Assert.True(s.CountsNotApplicable));
    }

    [Fact]
    public void Item_8_is_flagged_in_coordination_and_scored_like_the_others_by_default()
    {
        Assert.Contains("item 8", P3ceq.Coordination.Source, StringComparison.Ordinal);
        Assert.Contains("FLAGGED", P3ceq.Coordination.Source, StringComparison.Ordinal);
        Assert.Contains("except Q8", P3ceq.Item8Flag, StringComparison.Ordinal);
        Assert.Equal(8, P3ceq.FlaggedCoordinationItem);
        Assert.Contains(P3ceq.FlaggedCoordinationItem, P3ceq.Coordination.Items);
        Assert.Same(P3ceq.Coordination, P3ceq.With(P3ceqMissingData.CompleteOnly, CoordinationItem8.ScoredLikeOthers).Scores[1]);
    }

    [Fact]
    public void Item_8_can_be_left_out_of_coordination_and_stays_in_person_centredness()
    {
        Instrument without = P3ceq.With(P3ceqMissingData.CompleteOnly, CoordinationItem8.LeftOut);
        Assert.Equal([5, 6, 7, 9], without.Scores[1].Items);
        Assert.Equal(PcItems, without.Scores[0].Items);
        Answer[] answers = All(3);
        answers[7] = Answer.NotAnswered;   // item 8 blank
        InstrumentResult result = without.Score(answers);
        Assert.Equal(12, result["cc"].ClinicalScore);
        Assert.Null(result["pc"].ClinicalScore);
        Assert.Contains("item 8 left out", without.Scores[1].Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, 1)]
    [InlineData(5, 1)]
    [InlineData(4, 0)]
    [InlineData(10, 2)]
    [InlineData(1, 0)]
    public void The_80_percent_rule_allows_this_many_not_answered(int items, int maximumMissing) =>
        Assert.Equal(maximumMissing, P3ceq.MaximumMissingFromEightyPercent(items));

    [Fact]
    public void Prorating_from_80_percent_is_the_mean_times_the_item_count_and_says_so()
    {
        Instrument prorated = P3ceq.With(P3ceqMissingData.ProrateFromEightyPercent, CoordinationItem8.ScoredLikeOthers);
        Answer[] answers = Form(3, 2, 1, 0, 3, 2, 1, 0, 3, 2, 1);
        answers[0] = Answer.NotAnswered;      // pc: 7 of 8 answered, sum 11, mean 11/7, prorated 11/7 x 8
        answers[6] = Answer.NotApplicable;    // cc: 4 of 5 answered (don't know counts as not answered), sum 8, prorated 8/4 x 5
        InstrumentResult result = prorated.Score(answers);
        Assert.Equal(11.0 / 7 * 8, result["pc"].ClinicalScore!.Value, 12);
        Assert.Equal(10, result["cc"].ClinicalScore);
        Assert.True(result["pc"].IsProrated);
        Assert.True(result["cc"].IsProrated);
        Assert.Equal(1, result["cc"].ItemsNotApplicable);
        Assert.Equal(24, result["pc"].MaximumPossible);

        answers[1] = Answer.NotAnswered;      // pc: 6 of 8 = 75% < 80%
        Assert.Null(prorated.Score(answers)["pc"].ClinicalScore);
        Assert.False(P3ceq.Instrument.Score(All(1))["pc"].IsProrated);
        Assert.Equal(8, prorated.Score(All(1))["pc"].ClinicalScore);
    }

    [Fact]
    public void Options_that_are_not_defined_values_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => P3ceq.With((P3ceqMissingData)7, CoordinationItem8.LeftOut));
        Assert.Throws<ArgumentOutOfRangeException>(() => P3ceq.With(P3ceqMissingData.CompleteOnly, (CoordinationItem8)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => P3ceq.MaximumMissingFromEightyPercent(0));
    }

    [Fact]
    public void An_answer_off_the_0_to_3_scale_is_refused()
    {
        Answer[] answers = All(1);
        answers[3] = 4;
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => P3ceq.Instrument.Score(answers));
        Assert.Contains("item 4: answer 4 is outside the response scale 0-3", ex.Message, StringComparison.Ordinal);
    }

    private static Gen<Answer[]> Forms =>
        Gen.Choose(0, 30).SelectMany(gapPercent =>
            Gen.Frequency(
                    (gapPercent / 2, Gen.Constant(Answer.NotAnswered)),
                    (gapPercent / 2, Gen.Constant(Answer.NotApplicable)),
                    (100 - gapPercent, Gen.Choose(0, 3).Select(Answer.Of)))
                .ArrayOf(11));

    [Fact]
    public void By_default_a_subscale_is_the_sum_of_its_items_when_all_are_answered_and_nothing_otherwise() =>
        Prop.ForAll(Forms.ToArbitrary(), answers =>
        {
            InstrumentResult result = P3ceq.Instrument.Score(answers);
            return Expected(answers, PcItems) == result["pc"].ClinicalScore && Expected(answers, CcItems) == result["cc"].ClinicalScore
                && result["pc"].ItemsNotApplicable == PcItems.Count(i => answers[i - 1].IsNotApplicable);
        }).Check(SuiteEffort.Properties(500));

    [Fact]
    public void Prorated_subscales_stay_within_their_range_and_equal_the_complete_sum_when_complete()
    {
        Instrument prorated = P3ceq.With(P3ceqMissingData.ProrateFromEightyPercent, CoordinationItem8.ScoredLikeOthers);
        Prop.ForAll(Forms.ToArbitrary(), answers =>
        {
            InstrumentResult result = prorated.Score(answers);
            int pcAnswered = PcItems.Count(i => answers[i - 1].IsAnswered);
            return result["pc"].ClinicalScore is not { } pc
                ? pcAnswered < 7
                : pc >= 0 && pc <= 24 && pcAnswered >= 7
                    && Math.Abs(pc - (PcItems.Where(i => answers[i - 1].IsAnswered).Sum(i => answers[i - 1].Value!.Value) * 8.0 / pcAnswered)) < 1e-9;
        }).Check(SuiteEffort.Properties(500));
    }

    private static double? Expected(Answer[] answers, int[] items) =>
        items.All(i => answers[i - 1].IsAnswered) ? items.Sum(i => answers[i - 1].Value!.Value) : null;
}
