using System.Collections.Immutable;
using OutcomeScoring.Change;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.Change;

/// <summary>
/// Cohort summaries against specs/change.md ("Jacobson-Truax outcome", "counts and percentages with Wilson 95% intervals; report
/// eligibility") and specs/mental-health-proms.md, section 4 (Talking Therapies rates): every category counted by its own
/// rule, under its published name. Written for the survivors of the first Stryker run on Change (docs/testing.md).
/// </summary>
public sealed class ChangeCohortTests
{
    private static readonly ChangeCriteria Core10Criteria = ChangeCriteria.For(Core10.Instrument);

    // CORE-10: lower is better, reliable change at least 6, clinical at 11 or more (specs/core.md).
    private static readonly (double Pre, double Post, ChangeOutcome Outcome, ReliableChangeCategory Reliable, bool Eligible, bool Recovery)[] Cohort =
    [
        (20, 10, ChangeOutcome.Recovered, ReliableChangeCategory.ReliableImprovement, true, true),
        (25, 8, ChangeOutcome.Recovered, ReliableChangeCategory.ReliableImprovement, true, true),
        (20, 14, ChangeOutcome.Improved, ReliableChangeCategory.ReliableImprovement, true, false),
        (12, 10, ChangeOutcome.Unchanged, ReliableChangeCategory.NoReliableChange, true, true),
        (15, 13, ChangeOutcome.Unchanged, ReliableChangeCategory.NoReliableChange, true, false),
        (5, 3, ChangeOutcome.Unchanged, ReliableChangeCategory.NoReliableChange, false, false),
        (10, 16, ChangeOutcome.Deteriorated, ReliableChangeCategory.ReliableDeterioration, false, false),
    ];

    [Fact]
    public void Every_outcome_and_reliable_change_category_is_counted_under_its_name()
    {
        ChangeSummary summary = ChangeCohort.Summarise(Cohort.Select(p => ((string?)null, Core10Criteria.Classify(p.Pre, p.Post))))[0];
        Assert.Equal(["recovered", "improved", "unchanged", "deteriorated"], summary.Outcomes.Select(o => o.Category));
        Assert.Equal(["reliable_improvement", "no_reliable_change", "reliable_deterioration"], summary.ReliableChange.Select(o => o.Category));
        foreach (ChangeOutcome outcome in Enum.GetValues<ChangeOutcome>())
        {
            CategoryRate rate = summary.Outcomes[(int)outcome - 1];
            Assert.Equal(Cohort.Count(p => p.Outcome == outcome), rate.Count);
            Assert.Equal(Cohort.Length, rate.Denominator);
        }

        foreach (ReliableChangeCategory category in Enum.GetValues<ReliableChangeCategory>())
        {
            Assert.Equal(Cohort.Count(p => p.Reliable == category), summary.ReliableChange.Single(r => r.Category == Name(category)).Count);
        }

        // Recovery and reliable recovery are shares of those clinical at baseline (specs/change.md: report eligibility).
        int eligible = Cohort.Count(p => p.Eligible);
        Assert.Equal(eligible, summary.EligibleToRecover);
        Assert.Equal(("recovery", Cohort.Count(p => p.Eligible && p.Recovery), eligible), (summary.Recovery!.Value.Category, summary.Recovery.Value.Count, summary.Recovery.Value.Denominator));
        Assert.Equal(("reliable_recovery", Cohort.Count(p => p.Outcome == ChangeOutcome.Recovered), eligible), (summary.ReliableRecovery!.Value.Category, summary.ReliableRecovery.Value.Count, summary.ReliableRecovery.Value.Denominator));
    }

    [Fact]
    public void Without_a_cut_off_there_is_no_recovery_rate_and_with_one_for_some_people_there_is()
    {
        var noCutoff = new ChangeCriteria(ScoreDirection.LowerIsBetter, ReliableChangeCriterion.Published(Core10.Instrument));
        ChangeSummary none = ChangeCohort.Summarise([(null, noCutoff.Classify(20, 10)), (null, noCutoff.Classify(20, 19))])[0];
        Assert.Null(none.Recovery);
        Assert.Null(none.ReliableRecovery);
        Assert.Equal((false, false), (noCutoff.Classify(20, 10).Recovery, noCutoff.Classify(20, 10).ReliableRecovery)); // nobody can recover

        // YP-CORE's table has no cut-off for some people (ForPerson): the others still give a recovery rate.
        ChangeSummary mixed = ChangeCohort.Summarise([(null, noCutoff.Classify(20, 10)), (null, Core10Criteria.Classify(20, 10))])[0];
        Assert.Equal((1, 1), (mixed.Recovery!.Value.Count, mixed.Recovery.Value.Denominator));
        Assert.Equal(1, mixed.ReliableRecovery!.Value.Count);
    }

    [Fact]
    public void The_description_names_the_group_or_all()
    {
        ImmutableArray<ChangeSummary> summaries = ChangeCohort.Summarise([(null, Core10Criteria.Classify(20, 10)), ("north", Core10Criteria.Classify(20, 14))]);
        Assert.StartsWith("All: 1 pairs, 1 computable; recovered 1 (100", summaries[0].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("north: 1 pairs, 1 computable; recovered 0 (0", summaries[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_description_of_a_group_with_no_computable_pair_gives_counts_without_shares()
    {
        // Two pairs, neither computable: every outcome is 0 of 0, which has no share (CategoryRate.Rate is null), so the
        // description gives the bare counts; nobody was clinical at a baseline, so none is eligible to recover.
        ChangeSummary summary = ChangeCohort.Summarise([("west", Core10Criteria.Classify(null, 12)), ("west", Core10Criteria.Classify(20, null))])[0];
        Assert.All(summary.Outcomes, o => Assert.Null(o.Rate));
        Assert.Equal("west: 2 pairs, 0 computable; recovered 0, improved 0, unchanged 0, deteriorated 0; 0 eligible to recover", summary.ToString());
    }

    [Fact]
    public void Talking_Therapies_rates_are_counted_under_their_names()
    {
        TalkingTherapiesRules rules = TalkingTherapiesRules.Phq9WithGad7;
        TalkingTherapiesSummary summary = TalkingTherapies.Summarise(
        [
            (null, rules.Classify(15, 8, 12, 6)),   // case, reliable recovery
            (null, rules.Classify(12, 9, 7, 7)),    // case, recovered, no reliable change
            (null, rules.Classify(8, 4, 6, 2)),     // not a case, reliable improvement
            (null, rules.Classify(10, 17, 14, 9)),  // case, mixed: deterioration by default
        ])[0];
        Assert.Equal(["reliable_improvement", "no_reliable_change", "reliable_deterioration"], summary.ReliableChange.Select(r => r.Category));
        Assert.Equal([2, 1, 1], summary.ReliableChange.Select(r => r.Count));
        Assert.Equal(("recovery", 2, 3), (summary.Recovery.Category, summary.Recovery.Count, summary.Recovery.Denominator));
        Assert.Equal(("reliable_recovery", 1, 3), (summary.ReliableRecovery.Category, summary.ReliableRecovery.Count, summary.ReliableRecovery.Denominator));
    }

    [Fact]
    public void A_missing_anxiety_first_score_is_named()
    {
        TalkingTherapiesPair pair = TalkingTherapiesRules.Phq9WithGad7.Classify(15, 8, null, 6);
        Assert.False(pair.IsAssessable);
        Assert.Contains("no anxiety first score", pair.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_change_is_never_reliable_even_against_a_zero_threshold()
    {
        var zero = new ChangeCriteria(ScoreDirection.LowerIsBetter, new ReliableChangeCriterion(0, ChangeBoundary.AtLeast, "test"));
        Assert.Equal(ReliableChangeCategory.NoReliableChange, zero.Classify(10, 10).ReliableChange);
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, zero.Classify(10, 9).ReliableChange);
        Assert.Equal(ReliableChangeCategory.ReliableDeterioration, zero.Classify(10, 11).ReliableChange);
    }

    [Fact]
    public void Missing_arguments_are_named()
    {
        Assert.Throws<ArgumentNullException>(() => ChangeCohort.Summarise(null!));
        Assert.Throws<ArgumentNullException>(() => TalkingTherapies.Summarise(null!));
        Assert.Throws<ArgumentNullException>(() => ChangeCriteria.For(null!));
        Assert.Throws<ArgumentNullException>(() => Core10Criteria.ForPerson(null!, null, null, null));
        Assert.Throws<ArgumentNullException>(() => ReliableChangeCriterion.Published(null!));
        Assert.Throws<ArgumentNullException>(() => TalkingTherapiesRules.Phq9WithGad7.WithAnxietyMeasure(null!));
        ArgumentException noTable = Assert.Throws<ArgumentException>(() => Core10Criteria.ForPerson(Phq9.Instrument, null, null, null));
        Assert.Contains("PHQ-9 has no cut-off table", noTable.Message, StringComparison.Ordinal);
        ArgumentException noCaseness = Assert.Throws<ArgumentException>(() => (TalkingTherapiesRules.Phq9WithGad7 with { Anxiety = new ChangeCriteria(ScoreDirection.LowerIsBetter, ReliableChangeCriterion.Published(Gad7.Instrument)) }).Classify(1, 1, 1, 1));
        Assert.Contains("caseness cut-off", noCaseness.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 4.8, 4.7, "clinical SD")]
    [InlineData(-7.7, 4.8, 4.7, "clinical SD")]
    [InlineData(double.PositiveInfinity, 4.8, 4.7, "clinical SD")]
    [InlineData(double.NaN, 4.8, 4.7, "clinical SD")]
    [InlineData(7.7, 0, 4.7, "non-clinical SD")]
    [InlineData(7.7, -4.8, 4.7, "non-clinical SD")]
    [InlineData(7.7, double.PositiveInfinity, 4.7, "non-clinical SD")]
    [InlineData(7.7, 4.8, double.NaN, "means must be finite")]
    [InlineData(7.7, 4.8, double.NegativeInfinity, "means must be finite")]
    public void Clinical_cutoffs_need_positive_finite_SDs_and_finite_means(double clinicalSd, double nonClinicalSd, double nonClinicalMean, string named)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => ClinicalCutoffs.Compute(19.7, clinicalSd, nonClinicalMean, nonClinicalSd));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClinicalCutoffs.Compute(double.NaN, 7.7, 4.7, 4.8));
    }

    [Fact]
    public void A_reliability_of_zero_is_allowed_and_gives_the_SD_formula_without_the_reliability_term()
    {
        // Jacobson and Truax 1991: RCI = z x sqrt(2) x SD x sqrt(1 - r); r = 0 is the edge of [0, 1).
        Assert.Equal(1.959963984540054 * Math.Sqrt(2) * 7.5, ReliableChangeCriterion.Index(7.5, 0), 9);
        ArgumentOutOfRangeException sd = Assert.Throws<ArgumentOutOfRangeException>(() => ReliableChangeCriterion.Index(0, 0.8));
        Assert.Contains("baseline SD must be a positive number", sd.Message, StringComparison.Ordinal);
    }

    private static string Name(ReliableChangeCategory category) => category switch
    {
        ReliableChangeCategory.ReliableImprovement => "reliable_improvement",
        ReliableChangeCategory.ReliableDeterioration => "reliable_deterioration",
        _ => "no_reliable_change",
    };
}
