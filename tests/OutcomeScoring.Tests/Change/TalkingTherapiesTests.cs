using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Change;

namespace OutcomeScoring.Tests.Change;

/// <summary>NHS Talking Therapies paired outcomes against specs/mental-health-proms.md, section 4: every worked example and each rule.</summary>
public sealed class TalkingTherapiesTests
{
    private static readonly TalkingTherapiesRules Rules = TalkingTherapiesRules.Phq9WithGad7;

    // The sheet's worked examples: PHQ-9 first -> last, GAD-7 first -> last.
    [Theory]
    [InlineData(15, 8, 12, 6, true, true, ReliableChangeCategory.ReliableImprovement, true)]     // -7, -6: reliable recovery
    [InlineData(12, 9, 7, 7, true, true, ReliableChangeCategory.NoReliableChange, false)]        // -3, 0: recovered, not reliably
    [InlineData(8, 4, 6, 2, false, null, ReliableChangeCategory.ReliableImprovement, null)]      // not a case; GAD -4 improves
    [InlineData(10, 17, 14, 9, true, false, ReliableChangeCategory.ReliableDeterioration, false)] // PHQ +7, GAD -5: mixed, deterioration by default
    public void Every_worked_example_of_the_sheet(double phqFirst, double phqLast, double gadFirst, double gadLast, bool caseAtStart, bool? recovered, ReliableChangeCategory reliable, bool? reliableRecovery)
    {
        TalkingTherapiesPair pair = Rules.Classify(phqFirst, phqLast, gadFirst, gadLast);
        Assert.True(pair.IsAssessable);
        Assert.Equal(caseAtStart, pair.CaseAtStart);
        Assert.Equal(recovered, pair.Recovered);
        Assert.Equal(reliable, pair.ReliableChange);
        Assert.Equal(reliableRecovery, pair.ReliableRecovery);
        Assert.Equal(phqLast - phqFirst, pair.Depression.Change);
        Assert.Equal(gadLast - gadFirst, pair.Anxiety.Change);
    }

    [Fact]
    public void A_mixed_case_is_no_reliable_change_under_the_option()
    {
        TalkingTherapiesPair pair = (Rules with { Mixed = MixedReliableChange.NoReliableChange }).Classify(10, 17, 14, 9);
        Assert.Equal(ReliableChangeCategory.NoReliableChange, pair.ReliableChange);
    }

    [Theory]
    [InlineData(10, 9, 0, 0, true)]    // PHQ-9 at 10 is a case; 9 is below
    [InlineData(9, 9, 8, 7, true)]     // GAD-7 at 8 is a case
    [InlineData(9, 9, 7, 7, false)]    // below both: not a case, out of the recovery denominator
    public void Caseness_is_at_or_above_either_cut_off(double phqFirst, double phqLast, double gadFirst, double gadLast, bool caseAtStart)
    {
        TalkingTherapiesPair pair = Rules.Classify(phqFirst, phqLast, gadFirst, gadLast);
        Assert.Equal(caseAtStart, pair.CaseAtStart);
        Assert.Equal(caseAtStart ? true : null, pair.Recovered);
    }

    [Theory]
    [InlineData(20, 14, 10, 10, ReliableChangeCategory.ReliableImprovement)]  // PHQ -6: equal to the threshold counts
    [InlineData(20, 15, 10, 10, ReliableChangeCategory.NoReliableChange)]     // -5
    [InlineData(10, 10, 10, 14, ReliableChangeCategory.ReliableDeterioration)] // GAD +4
    [InlineData(10, 10, 10, 13, ReliableChangeCategory.NoReliableChange)]     // +3
    public void A_change_equal_to_the_threshold_is_reliable(double phqFirst, double phqLast, double gadFirst, double gadLast, ReliableChangeCategory expected) =>
        Assert.Equal(expected, Rules.Classify(phqFirst, phqLast, gadFirst, gadLast).ReliableChange);

    [Fact]
    public void Recovery_needs_both_measures_below_caseness_at_the_end()
    {
        TalkingTherapiesPair pair = Rules.Classify(15, 8, 12, 8);
        Assert.Equal(false, pair.Recovered);
        Assert.Equal(false, pair.ReliableRecovery);
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, pair.ReliableChange);
    }

    [Theory]
    [InlineData(null, 8.0, 12.0, 6.0, "Not assessable: no depression first score (both measures are needed at the first and the last score).")]
    [InlineData(15.0, 8.0, 12.0, null, "Not assessable: no anxiety last score (both measures are needed at the first and the last score).")]
    [InlineData(null, null, 12.0, 6.0, "Not assessable: no depression first, depression last score (both measures are needed at the first and the last score).")]
    public void A_missing_score_makes_the_referral_not_assessable_and_names_it(double? phqFirst, double? phqLast, double? gadFirst, double? gadLast, string explanation)
    {
        TalkingTherapiesPair pair = Rules.Classify(phqFirst, phqLast, gadFirst, gadLast);
        Assert.False(pair.IsAssessable);
        Assert.Equal(explanation, pair.Explanation);
        Assert.Null(pair.CaseAtStart);
        Assert.Null(pair.Recovered);
        Assert.Null(pair.ReliableChange);
        Assert.Null(pair.ReliableRecovery);
    }

    [Fact]
    public void Bad_input_is_refused_with_a_clear_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rules.Classify(double.NaN, 8, 12, 6));
        var noCutoff = new ChangeCriteria(ScoreDirection.LowerIsBetter, new ReliableChangeCriterion(5, ChangeBoundary.AtLeast, "made up"));
        ArgumentException e = Assert.Throws<ArgumentException>(() => Rules.WithAnxietyMeasure(noCutoff));
        Assert.Contains("caseness cut-off", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => (Rules with { Anxiety = noCutoff }).Classify(15, 8, 12, 6));
    }

    [Fact]
    public void An_anxiety_specific_measure_brings_its_own_cut_off_and_threshold()
    {
        // A made-up measure (the Manual's ADSM values were not found): caseness 18, reliable change 9.
        TalkingTherapiesRules rules = Rules.WithAnxietyMeasure(new ChangeCriteria(ScoreDirection.LowerIsBetter, new ReliableChangeCriterion(9, ChangeBoundary.AtLeast, "made up"), 18));
        TalkingTherapiesPair pair = rules.Classify(8, 8, 30, 21);
        Assert.Equal(true, pair.CaseAtStart);
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, pair.ReliableChange);
        Assert.Equal(false, pair.Recovered);   // 21 is still at or above 18
    }

    [Fact]
    public void The_combined_category_follows_the_sheet_for_every_pair_of_movements()
    {
        Gen<(int, int, int, int)> scores = from a in Gen.Choose(0, 27) from b in Gen.Choose(0, 27) from c in Gen.Choose(0, 21) from d in Gen.Choose(0, 21) select (a, b, c, d);
        Prop.ForAll(scores.ToArbitrary(), s =>
        {
            (int phqFirst, int phqLast, int gadFirst, int gadLast) = s;
            TalkingTherapiesPair pair = Rules.Classify(phqFirst, phqLast, gadFirst, gadLast);
            bool improved = phqFirst - phqLast >= 6 || gadFirst - gadLast >= 4;
            bool deteriorated = phqLast - phqFirst >= 6 || gadLast - gadFirst >= 4;
            ReliableChangeCategory expected = deteriorated ? ReliableChangeCategory.ReliableDeterioration
                : improved ? ReliableChangeCategory.ReliableImprovement : ReliableChangeCategory.NoReliableChange;
            bool caseAtStart = phqFirst >= 10 || gadFirst >= 8;
            Assert.Equal(expected, pair.ReliableChange);
            Assert.Equal(caseAtStart, pair.CaseAtStart);
            Assert.Equal(caseAtStart ? phqLast < 10 && gadLast < 8 : null, pair.Recovered);
            Assert.Equal(caseAtStart ? pair.Recovered == true && expected == ReliableChangeCategory.ReliableImprovement : null, pair.ReliableRecovery);
        }).Check(SuiteEffort.Properties(100));
    }

    [Fact]
    public void Each_reliable_change_rate_counts_only_its_own_category()
    {
        // PHQ-9 threshold 6, GAD-7 threshold 4, a change equal to it counting (specs/mental-health-proms.md, section 4):
        // one reliable improvement, two with no reliable change and one reliable deterioration out of 4 assessable.
        TalkingTherapiesSummary summary = TalkingTherapies.Summarise(
        [
            (null, Rules.Classify(15, 8, 12, 6)),   // -7, -6: reliable improvement
            (null, Rules.Classify(12, 9, 7, 7)),    // -3, 0: no reliable change
            (null, Rules.Classify(12, 10, 8, 6)),   // -2, -2: no reliable change
            (null, Rules.Classify(9, 15, 6, 6)),    // +6, 0: reliable deterioration
        ])[0];
        Assert.Equal(
            [("reliable_improvement", 1, 4), ("no_reliable_change", 2, 4), ("reliable_deterioration", 1, 4)],
            summary.ReliableChange.Select(r => (r.Category, r.Count, r.Denominator)));
        Assert.Equal(0.25, summary.ReliableChange[0].Rate!.Value.Estimate);
    }

    [Fact]
    public void A_summary_counts_recovery_over_the_cases_at_the_start_only()
    {
        (string?, TalkingTherapiesPair)[] referrals =
        [
            ("a", Rules.Classify(15, 8, 12, 6)),
            ("a", Rules.Classify(12, 9, 7, 7)),
            ("a", Rules.Classify(8, 4, 6, 2)),
            ("a", Rules.Classify(10, 17, 14, 9)),
            ("a", Rules.Classify(null, 4, 6, 2)),
            ("b", Rules.Classify(15, 8, 12, 6)),
        ];
        TalkingTherapiesSummary a = TalkingTherapies.Summarise(referrals)[0];
        Assert.Equal((5, 4, 3), (a.Referrals, a.Assessable, a.CasesAtStart));
        Assert.Equal([2, 1, 1], a.ReliableChange.Select(r => r.Count));
        Assert.All(a.ReliableChange, r => Assert.Equal(4, r.Denominator));
        Assert.Equal((2, 3), (a.Recovery.Count, a.Recovery.Denominator));
        Assert.Equal((1, 3), (a.ReliableRecovery.Count, a.ReliableRecovery.Denominator));
        Assert.Equal(2.0 / 3, a.Recovery.Rate!.Value.Estimate, 12);
        Assert.Equal(["a", "b"], TalkingTherapies.Summarise(referrals).Select(s => s.Group));
    }
}
