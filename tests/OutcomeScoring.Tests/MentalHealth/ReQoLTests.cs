using OutcomeScoring.Change;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>ReQoL-10 and ReQoL-20 against specs/mental-health-proms.md, sections 1, 6 and 11.</summary>
public sealed class ReQoLTests
{
    [Fact]
    public void The_best_state_on_every_scored_item_gives_40_whatever_the_physical_health_item_says()
    {
        // Reversed items (1, 3, 6, 9) are at their best when answered 0, the others when answered 4.
        Answer[] best = [0, 4, 0, 4, 4, 0, 4, 4, 0, 4, 0];
        InstrumentResult result = ReQoL10.Instrument.Score(best);
        Assert.Equal(40, result["total"].ClinicalScore);
        Assert.Equal(0, result["physical-health"].Mean);
        Assert.Equal(0, ReQoL10.Instrument.Score([4, 0, 4, 0, 0, 4, 0, 0, 4, 0, 4]).Primary.ClinicalScore);
    }

    [Fact]
    public void The_total_is_the_keyed_sum_of_the_ten_scored_items()
    {
        Answer[] answers = [1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 2];
        double expected = MentalHealthFacts.ReQoL10.Total(answers)!.Value;
        Assert.Equal((4 - 1) + 2 + (4 - 3) + 4 + 0 + (4 - 1) + 2 + 3 + (4 - 4) + 0, expected);
        Assert.Equal(expected, ReQoL10.Instrument.Score(answers).Primary.ClinicalScore);
    }

    [Fact]
    public void The_reversed_items_are_the_sheet_default_1_3_6_9_and_say_they_are_unconfirmed()
    {
        Assert.Equal([1, 3, 6, 9], ReQoL10.Instrument.Items.Where(i => i.Keying == ItemKeying.Reversed).Select(i => i.Number));
        Assert.Equal(ReQoL10.ReversedItems, ReQoL10.Instrument.Items.Where(i => i.Keying == ItemKeying.Reversed).Select(i => i.Number));
        Assert.Contains("UNCONFIRMED", ReQoL10.Instrument.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_physical_health_item_leaves_the_total_and_a_missing_scored_item_does_not()
    {
        InstrumentResult noPhysical = ReQoL10.Instrument.Score([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, Answer.NotAnswered]);
        Assert.Equal(20, noPhysical.Primary.ClinicalScore);
        Assert.Null(noPhysical["physical-health"].Mean);
        Assert.Null(ReQoL10.Instrument.Score([2, 2, 2, 2, Answer.NotAnswered, 2, 2, 2, 2, 2, 2]).Primary.ClinicalScore);
    }

    // NHS England CMH: reliable change 5, improvement upwards, change equal to 5 counts.
    [Theory]
    [InlineData(18, 24, ReliableChangeCategory.ReliableImprovement)]
    [InlineData(20, 25, ReliableChangeCategory.ReliableImprovement)]
    [InlineData(30, 26, ReliableChangeCategory.NoReliableChange)]
    [InlineData(30, 25, ReliableChangeCategory.ReliableDeterioration)]
    public void The_cmh_worked_examples_classify_as_the_sheet_says(int baseline, int followUp, ReliableChangeCategory category)
    {
        var criteria = new ChangeCriteria(ReQoL10.Instrument.Direction, ReliableChangeCriterion.Published(ReQoL10.Instrument));
        Assert.Equal(ScoreDirection.HigherIsBetter, ReQoL10.Instrument.Direction);
        Assert.Equal(category, criteria.Classify(baseline, followUp).ReliableChange);
    }

    [Fact]
    public void The_clinical_cut_offs_are_25_by_default_and_24_as_the_option()
    {
        Assert.Equal(25, ReQoL10.ClinicalCutoff);
        Assert.Equal(24, ReQoL10.Franklin2021ClinicalCutoff);

        // No cut-off table: its comparison is "at or above", and ReQoL's clinical range is below the cut-off.
        Assert.Empty(ReQoL10.Instrument.Interpretation.CutoffReferences);
    }

    [Fact]
    public void ReQoL20_sums_twenty_scored_values_0_to_80_with_none_missing()
    {
        Assert.Equal(80, ReQoL20.Instrument.Score(Enumerable.Repeat(Answer.Of(4), 20).ToArray()).Primary.ClinicalScore);
        Answer[] answers = [.. Enumerable.Range(0, 20).Select(i => Answer.Of(i % 5))];
        Assert.Equal(MentalHealthFacts.ReQoL20.Total(answers), ReQoL20.Instrument.Score(answers).Primary.ClinicalScore);
        answers[7] = Answer.NotAnswered;
        Assert.Null(ReQoL20.Instrument.Score(answers).Primary.ClinicalScore);
        Assert.DoesNotContain(ReQoL20.Instrument.Items, i => i.Keying == ItemKeying.Reversed);
        Assert.Null(ReQoL20.Instrument.Interpretation.ReliableChange);
    }

    [Fact]
    public void The_totals_carry_the_mhsds_concepts_and_reqol_20_the_one_that_passes_verhoeff()
    {
        Assert.Equal("1091071000000100", Assert.Single(ReQoL10.Total.Codes).Code);
        Assert.Equal("1091081000000103", Assert.Single(ReQoL20.Total.Codes).Code);
        Assert.Empty(ReQoL10.PhysicalHealth.Codes);
    }

    [Fact]
    public void A_definition_with_the_older_tables_rounded_reqol_20_id_is_refused()
    {
        ScoreDefinition rounded = ReQoL20.Total with { Codes = [ReQoL20.Total.Codes[0] with { Code = "1091081000000100" }] };
        InstrumentDefinitionException e = Assert.Throws<InstrumentDefinitionException>(() => new Instrument(
            ReQoL20.Instrument.Id, ReQoL20.Instrument.Name, ReQoL20.Instrument.Source, ReQoL20.Instrument.Scale, ReQoL20.Instrument.Items,
            [rounded], ReQoL20.Instrument.ClinicalMultiplier, ReQoL20.Instrument.Direction));
        Assert.Contains("1091081000000100", e.Message, StringComparison.Ordinal);
    }
}
