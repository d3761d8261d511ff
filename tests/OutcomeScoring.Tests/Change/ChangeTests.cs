using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Change;
using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests.Change;

/// <summary>The checks and rules of specs/change.md.</summary>
public class ChangeTests
{
    [Fact]
    public void RCI_for_SD_7_5_and_reliability_0_8_at_95_percent_matches_CECPfuns() =>
        Assert.Equal(9.296925484568419, ReliableChangeCriterion.Index(7.5, 0.8), 12);

    [Fact]
    public void CORE_10_criteria_come_from_its_definition()
    {
        ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
        Assert.Equal(ScoreDirection.LowerIsBetter, criteria.Direction);
        Assert.Equal(6, criteria.ReliableChange.Threshold);
        Assert.Equal(ChangeBoundary.AtLeast, criteria.ReliableChange.Boundary);
        Assert.Equal(11, criteria.ClinicalCutoff);
        Assert.Contains("has no published reliable change threshold", Assert.Throws<ArgumentException>(() => ChangeCriteria.For(Instruments.Get("k10"))).Message, StringComparison.Ordinal);
    }

    [Theory]
    // YP-CORE: NHS England's CYP threshold, 8 clinical points, a change equal to it counting (specs/mental-health-proms.md,
    // section 11): at, one step below and one above on the clinical scale (0.1 mean steps are 1 clinical point).
    [InlineData(20, 12, ReliableChangeCategory.ReliableImprovement)]
    [InlineData(20, 13, ReliableChangeCategory.NoReliableChange)]
    [InlineData(20, 11, ReliableChangeCategory.ReliableImprovement)]
    [InlineData(12, 20, ReliableChangeCategory.ReliableDeterioration)]
    [InlineData(12, 19, ReliableChangeCategory.NoReliableChange)]
    public void YP_CORE_reliable_change_is_8_clinical_points(double pre, double post, ReliableChangeCategory expected)
    {
        ChangeCriteria criteria = ChangeCriteria.For(YpCore.Instrument);
        Assert.Equal((8.0, ScoreDirection.LowerIsBetter), (criteria.ReliableChange.Threshold, criteria.Direction));
        Assert.Equal(expected, criteria.Classify(pre, post).ReliableChange);
    }

    [Theory]
    // CORE-10 (lower is better, 6 points at least, cut-off 11): pre, post -> reliable change, outcome, recovery
    [InlineData(20, 10, ReliableChangeCategory.ReliableImprovement, ChangeOutcome.Recovered, true)]
    [InlineData(20, 14, ReliableChangeCategory.ReliableImprovement, ChangeOutcome.Improved, false)]
    [InlineData(12, 10, ReliableChangeCategory.NoReliableChange, ChangeOutcome.Unchanged, true)]
    [InlineData(10, 16, ReliableChangeCategory.ReliableDeterioration, ChangeOutcome.Deteriorated, null)]
    [InlineData(14, 20, ReliableChangeCategory.ReliableDeterioration, ChangeOutcome.Deteriorated, false)]
    [InlineData(5, 2, ReliableChangeCategory.NoReliableChange, ChangeOutcome.Unchanged, null)]
    public void Jacobson_Truax_outcomes_on_CORE_10(double pre, double post, ReliableChangeCategory category, ChangeOutcome outcome, bool? recovery)
    {
        ChangePair pair = ChangeCriteria.For(Core10.Instrument).Classify(pre, post);
        Assert.Equal(category, pair.ReliableChange);
        Assert.Equal(outcome, pair.Outcome);
        Assert.Equal(post - pre, pair.Change);
        if (recovery is null)
        {
            Assert.False(pair.EligibleToRecover);
            Assert.False(pair.Recovery);
        }
        else
        {
            Assert.True(pair.EligibleToRecover);
            Assert.Equal(recovery, pair.Recovery);
        }
    }

    [Fact]
    public void A_change_equal_to_a_published_threshold_is_reliable_but_must_exceed_a_computed_one()
    {
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, ChangeCriteria.For(Core10.Instrument).Classify(20, 14).ReliableChange);
        var exceeds = new ChangeCriteria(ScoreDirection.LowerIsBetter, new ReliableChangeCriterion(6, ChangeBoundary.Exceeds, "test"));
        Assert.Equal(ReliableChangeCategory.NoReliableChange, exceeds.Classify(20, 14).ReliableChange);
        Assert.Equal(ChangeBoundary.Exceeds, ReliableChangeCriterion.FromReliability(7.5, 0.8).Boundary);
    }

    [Fact]
    public void Higher_is_better_scales_improve_upwards_and_are_clinical_at_or_below_the_cutoff()
    {
        var criteria = new ChangeCriteria(ScoreDirection.HigherIsBetter, new ReliableChangeCriterion(3, ChangeBoundary.AtLeast, "NQF #2483"), 47);
        ChangePair pair = criteria.Classify(45, 52);
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, pair.ReliableChange);
        Assert.Equal(ChangeOutcome.Recovered, pair.Outcome);
        Assert.True(criteria.IsClinical(47));
        Assert.Equal(ReliableChangeCategory.ReliableDeterioration, criteria.Classify(52, 45).ReliableChange);
    }

    [Fact]
    public void Clinical_cutoffs_a_b_c_for_the_CORE_10_referential_data()
    {
        // Non-clinical M 4.7 SD 4.8; clinical M 19.7 SD 7.7 (specs/change.md).
        ClinicalCutoffs c = ClinicalCutoffs.Compute(19.7, 7.7, 4.7, 4.8);
        Assert.Equal(19.7 - (2 * 7.7), c.A, 12);
        Assert.Equal(4.7 + (2 * 4.8), c.B, 12);
        Assert.Equal(((7.7 * 4.7) + (4.8 * 19.7)) / (7.7 + 4.8), c.C, 12);
        Assert.Equal(10.46, c.C, 2);
        Assert.Equal(((2.0 * 10) + (2.0 * 20)) / 4, ClinicalCutoffs.Compute(20, 2, 10, 2).C); // midpoint when SDs are equal
        ClinicalCutoffs up = ClinicalCutoffs.Compute(40, 5, 60, 5, ScoreDirection.HigherIsBetter);
        Assert.Equal(50, up.A);
        Assert.Equal(50, up.B);
    }

    [Fact]
    public void Missing_scores_are_not_computable_with_the_reason()
    {
        ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
        Assert.Equal(PairNotComputableReason.NoBaseline, criteria.Classify(null, 10).NotComputable);
        Assert.Equal(PairNotComputableReason.NoFollowUp, criteria.Classify(10, null).NotComputable);
        Assert.Equal(PairNotComputableReason.NoScores, criteria.Classify(null, null).NotComputable);
        Assert.Null(criteria.Classify(null, 10).Outcome);
        Assert.Throws<ArgumentOutOfRangeException>(() => criteria.Classify(double.NaN, 10));

        // Without both scores nothing is known: not "no recovery" (false) but no answer (null), whichever score is missing.
        foreach (ChangePair missing in new[] { criteria.Classify(null, 10), criteria.Classify(25, null), criteria.Classify(null, null) })
        {
            Assert.Equal((null, null, null, null), (missing.Outcome, missing.Recovery, missing.ReliableRecovery, missing.EligibleToRecover));
        }
    }

    [Theory]
    [InlineData(0, 0.8)]
    [InlineData(-1, 0.8)]
    [InlineData(7.5, 1.0)]
    [InlineData(7.5, -0.1)]
    public void Bad_RCI_arguments_are_named(double sd, double reliability) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReliableChangeCriterion.Index(sd, reliability));

    [Fact]
    public void Cohort_summary_counts_eligibility_and_not_computable_by_group()
    {
        ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
        var summaries = ChangeCohort.Summarise(
        [
            ("north", criteria.Classify(20, 10)),   // recovered
            ("north", criteria.Classify(20, 14)),   // improved, still clinical
            ("north", criteria.Classify(5, 3)),     // unchanged, not eligible
            ("north", criteria.Classify(null, 3)),  // no baseline
            ("south", criteria.Classify(10, 16)),   // deteriorated
        ]);
        ChangeSummary north = summaries[0];
        Assert.Equal(["north", "south"], summaries.Select(s => s.Group));
        Assert.Equal(4, north.Pairs);
        Assert.Equal(3, north.Computable);
        Assert.Equal(1, north.NotComputable[PairNotComputableReason.NoBaseline]);
        Assert.Equal(2, north.EligibleToRecover);
        Assert.Equal(1, north.ReliableRecovery!.Value.Count);
        Assert.Equal(0.5, north.Recovery!.Value.Rate!.Value.Estimate);
        Assert.Equal(2, north.ReliableChange[0].Count);
        Assert.Equal(1, summaries[1].Outcomes.Single(o => o.Category == "deteriorated").Count);
    }

    private static Gen<(double Pre, double Post)> Pairs =>
        Gen.Zip(Gen.Choose(0, 400), Gen.Choose(0, 400)).Select(p => (p.Item1 / 10.0, p.Item2 / 10.0));

    private static readonly ChangeCriteria Core10Criteria = ChangeCriteria.For(Core10.Instrument);

    [Fact]
    public void Swapping_baseline_and_follow_up_swaps_improvement_and_deterioration() =>
        Prop.ForAll(Pairs.ToArbitrary(), p =>
        {
            ReliableChangeCategory? forward = Core10Criteria.Classify(p.Pre, p.Post).ReliableChange;
            ReliableChangeCategory? back = Core10Criteria.Classify(p.Post, p.Pre).ReliableChange;
            return forward switch
            {
                ReliableChangeCategory.ReliableImprovement => back == ReliableChangeCategory.ReliableDeterioration,
                ReliableChangeCategory.ReliableDeterioration => back == ReliableChangeCategory.ReliableImprovement,
                _ => back == ReliableChangeCategory.NoReliableChange,
            };
        }).Check(SuiteEffort.Properties(100));

    [Fact]
    public void A_larger_threshold_never_creates_more_reliable_changes() =>
        Prop.ForAll(Gen.Zip(Pairs.ArrayOf(), Gen.Zip(Gen.Choose(1, 100), Gen.Choose(0, 100))).ToArbitrary(), c =>
        {
            (int threshold, int extra) = c.Item2;
            var small = new ChangeCriteria(ScoreDirection.LowerIsBetter, new ReliableChangeCriterion(threshold / 10.0, ChangeBoundary.AtLeast, "t"));
            var large = small with { ReliableChange = small.ReliableChange with { Threshold = (threshold + extra) / 10.0 } };
            int Reliable(ChangeCriteria k) => c.Item1.Count(p => k.Classify(p.Pre, p.Post).ReliableChange != ReliableChangeCategory.NoReliableChange);
            return Reliable(large) <= Reliable(small);
        }).Check(SuiteEffort.Properties(100));

    [Fact]
    public void Recovered_implies_reliable_improvement_and_reliable_change_shares_sum_to_one() =>
        Prop.ForAll(Pairs.ArrayOf().ToArbitrary(), pairs =>
        {
            ChangePair[] classified = [.. pairs.Select(p => Core10Criteria.Classify(p.Pre, p.Post))];
            bool implication = classified.All(p => p.Outcome != ChangeOutcome.Recovered || p.ReliableChange == ReliableChangeCategory.ReliableImprovement);
            ChangeSummary summary = ChangeCohort.Summarise(classified.Select(p => ((string?)null, p))).SingleOrDefault() ?? null!;
            bool sums = pairs.Length == 0 || Math.Abs(summary.ReliableChange.Sum(r => r.Rate!.Value.Estimate) - 1) < 1e-12;
            return implication && sums;
        }).Check(SuiteEffort.Properties(100));
}

/// <summary>Per-person cut-offs from a table split by age and gender (YP-CORE).</summary>
public class PersonCutoffTests
{
    [Fact]
    public void For_person_takes_the_tables_cut_off_on_the_clinical_scale_or_says_why_not()
    {
        var criteria = new ChangeCriteria(ScoreDirection.LowerIsBetter, ReliableChangeCriterion.FromReliability(5, 0.8));
        (ChangeCriteria girl11, CutoffLookup found) = criteria.ForPerson(YpCore.Instrument, Gender.Female, 11, null);
        Assert.Equal(14.32, girl11.ClinicalCutoff);
        Assert.Equal(NoCutoffReason.None, found.Reason);
        Assert.Null(found.Explanation);
        (ChangeCriteria boy12, _) = criteria.ForPerson(YpCore.Instrument, Gender.Male, 12, YpCore.Twigg2016);
        Assert.Equal(10.3, boy12.ClinicalCutoff);
        (ChangeCriteria adult, CutoffLookup none) = criteria.ForPerson(YpCore.Instrument, Gender.Female, 19, null);
        Assert.Null(adult.ClinicalCutoff);
        Assert.Equal(NoCutoffReason.AgeOutsideTable, none.Reason);
        Assert.Equal("Blackshaw gives no cut-off for age 19; it covers ages 11-18.", none.Explanation);
    }
}

/// <summary>Issue 15: a change equal to the threshold in decimal terms is decided the same way whatever the scores.</summary>
public class ChangeTieTests
{
    private static ChangeCriteria Criteria(double threshold, ChangeBoundary boundary) =>
        new(ScoreDirection.HigherIsBetter, new ReliableChangeCriterion(threshold, boundary, "test"));

    [Fact]
    public void The_issues_pairs_both_change_by_exactly_one()
    {
        ChangeCriteria atLeast = Criteria(1, ChangeBoundary.AtLeast);
        Assert.Equal(0.9999999999999996, 4.1 - 3.1);   // the binary difference the issue found
        foreach ((double pre, double post) in new[] { (3.1, 4.1), (1.7, 2.7) })
        {
            ChangePair pair = atLeast.Classify(pre, post);
            Assert.Equal(1.0, pair.Change);
            Assert.Equal(ReliableChangeCategory.ReliableImprovement, pair.ReliableChange);
            Assert.Equal(ReliableChangeCategory.NoReliableChange, Criteria(1, ChangeBoundary.Exceeds).Classify(pre, post).ReliableChange);
        }
    }

    [Fact]
    public void A_decimal_change_equal_to_the_threshold_counts_with_at_least_and_not_with_exceeds() =>
        Prop.ForAll(Gen.Choose(-5000, 5000).Two().ToArbitrary(), Gen.Choose(1, 3).ToArbitrary(), (scores, decimals) =>
        {
            decimal scale = decimals switch { 1 => 10m, 2 => 100m, _ => 1000m };
            decimal pre = scores.Item1 / scale, post = scores.Item2 / scale, change = post - pre;
            if (change == 0)
            {
                return true;
            }

            double threshold = (double)Math.Abs(change);
            ChangePair atLeast = Criteria(threshold, ChangeBoundary.AtLeast).Classify((double)pre, (double)post);
            ChangePair exceeds = Criteria(threshold, ChangeBoundary.Exceeds).Classify((double)pre, (double)post);
            return atLeast.Change == (double)change
                && atLeast.ReliableChange == (change > 0 ? ReliableChangeCategory.ReliableImprovement : ReliableChangeCategory.ReliableDeterioration)
                && exceeds.ReliableChange == ReliableChangeCategory.NoReliableChange;
        }).Check(SuiteEffort.Properties(100));

    [Fact]
    public void Scores_from_1e_minus_10_to_below_1e15_are_subtracted_in_decimal_and_others_in_binary()
    {
        ChangeCriteria criteria = Criteria(1, ChangeBoundary.AtLeast);

        // At the lower bound, 1e-10 itself is taken at its decimal value: 3e-10 - 1e-10 is exactly 2e-10 in decimal,
        // while the binary difference of the two doubles is one step short of it.
        Assert.Equal(1.9999999999999998e-10, 3e-10 - 1e-10);
        Assert.Equal(2e-10, criteria.Classify(1e-10, 3e-10).Change);

        // At the upper bound, 1e15 itself is subtracted in binary. Between 2^49 and 2^50 doubles are 1/8 apart, so
        // 999999999999999.9 is stored as 999999999999999.875: the binary change is -0.125, the decimal one would be -0.1.
        Assert.Equal(999_999_999_999_999.875, 999_999_999_999_999.9);
        Assert.Equal(-0.125, criteria.Classify(1e15, 999_999_999_999_999.9).Change);
        Assert.Equal(0.125, criteria.Classify(999_999_999_999_999.9, 1e15).Change);
    }

    [Fact]
    public void Scores_far_outside_any_scale_are_still_subtracted()
    {
        Assert.Equal(1e20, Criteria(1, ChangeBoundary.AtLeast).Classify(0, 1e20).Change);
        Assert.Equal(-3e300, Criteria(1, ChangeBoundary.AtLeast).Classify(1e300, -2e300).Change);
    }
}
