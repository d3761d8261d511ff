using OutcomeScoring.Change;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.Change;

/// <summary>ReQoL-10 change as NHS England's CMH dashboard judges it: a total below 25 is clinical (specs/mental-health-proms.md, section 6).</summary>
public sealed class ReQoLChangeTests
{
    // The sheet's worked examples (derived from the CMH rules).
    [Theory]
    [InlineData(18, 24, ReliableChangeCategory.ReliableImprovement, true, false, ChangeOutcome.Improved)]  // +6, still below 25
    [InlineData(20, 25, ReliableChangeCategory.ReliableImprovement, true, true, ChangeOutcome.Recovered)]  // +5 and crosses 25: reliable recovery
    [InlineData(30, 26, ReliableChangeCategory.NoReliableChange, false, null, ChangeOutcome.Unchanged)]    // -4; baseline not below 25: outside the recovery denominator
    public void Every_worked_example_of_the_sheet(double baseline, double followUp, ReliableChangeCategory reliable, bool eligible, bool? reliableRecovery, ChangeOutcome outcome)
    {
        ChangePair pair = ReQoL10.ChangeCriteria.Classify(baseline, followUp);
        Assert.Equal(reliable, pair.ReliableChange);
        Assert.Equal(eligible, pair.EligibleToRecover);
        Assert.Equal(outcome, pair.Outcome);
        if (reliableRecovery is { } expected)
        {
            Assert.Equal(expected, pair.ReliableRecovery);
        }
    }

    [Theory]
    [InlineData(24.0, true)]
    [InlineData(25.0, false)]
    [InlineData(24.5, true)]
    [InlineData(40.0, false)]
    public void Below_the_cut_off_is_clinical_and_the_cut_off_itself_is_not(double total, bool clinical) =>
        Assert.Equal(clinical, ReQoL10.ChangeCriteria.IsClinical(total));

    [Fact]
    public void Franklin_2021_moves_the_cut_off_to_24_and_the_default_boundary_is_unchanged()
    {
        ChangeCriteria franklin = ReQoL10.ChangeCriteria with { ClinicalCutoff = ReQoL10.Franklin2021ClinicalCutoff };
        Assert.Equal(false, franklin.IsClinical(24));
        Assert.Equal(true, franklin.IsClinical(23));
        // Without the flag a cut-off is "at or beyond" (CORE: at or above is clinical).
        var core = new ChangeCriteria(ScoreDirection.LowerIsBetter, new ReliableChangeCriterion(6, ChangeBoundary.AtLeast, "test"), 11);
        Assert.Equal(true, core.IsClinical(11));
        Assert.Equal(false, core.IsClinical(10.9));
        Assert.Equal(true, (core with { ClinicalAtCutoff = false }).IsClinical(11.1));
        Assert.Equal(false, (core with { ClinicalAtCutoff = false }).IsClinical(11));
    }
}
