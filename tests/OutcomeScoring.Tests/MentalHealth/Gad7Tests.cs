using OutcomeScoring.Change;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>GAD-7 against specs/mental-health-proms.md, sections 1, 3, 4 and 11.</summary>
public sealed class Gad7Tests
{
    private static readonly MentalHealthFacts.Fact Fact = MentalHealthFacts.Gad7;

    // awell src/scores/GAD_7/__testdata__/gad_7_test_responses.ts
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0 }, 0, "minimal")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3 }, 21, "severe")]
    [InlineData(new[] { 3, 0, 1, 2, 0, 0, 1 }, 7, "mild")]
    public void The_published_worked_examples_give_their_totals_and_bands(int[] answers, int total, string band)
    {
        InstrumentResult result = Gad7.Instrument.Score([.. answers.Select(Answer.Of)]);
        Assert.Equal(total, result["total"].ClinicalScore);
        Assert.Equal(band, result.Band?.Code);
    }

    // CamCOPS gad7.py, awell, TT-NHSE: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
    [Theory]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(6, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(11, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "severe")]
    [InlineData(16, "severe")]
    public void Band_boundaries_fall_where_the_sheet_puts_them(int total, string band)
    {
        InstrumentResult result = Gad7.Instrument.Score(MentalHealthFacts.Summing(Fact, total));
        Assert.Equal(total, result.Primary.ClinicalScore);
        Assert.Equal(band, result.Band?.Code);
    }

    [Fact]
    public void Screening_and_talking_therapies_cut_offs_differ_and_are_both_named()
    {
        Assert.Equal(10, Gad7.ScreeningCutoff);
        Assert.Equal(8, Gad7.TalkingTherapiesCaseness);
    }

    [Fact]
    public void Any_missing_item_leaves_no_total()
    {
        Score total = Gad7.Instrument.Score([3, 0, 1, Answer.NotAnswered, 0, 0, 1]).Primary;
        Assert.False(total.IsComputable);
        Assert.Equal(NotComputableReason.TooManyItemsMissing, total.NotComputableReason);
    }

    [Fact]
    public void Reliable_change_is_4_points_and_a_change_of_exactly_4_counts()
    {
        var criteria = new ChangeCriteria(ScoreDirection.LowerIsBetter, ReliableChangeCriterion.Published(Gad7.Instrument));
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, criteria.Classify(6, 2).ReliableChange);
        Assert.Equal(ReliableChangeCategory.NoReliableChange, criteria.Classify(6, 3).ReliableChange);
        Assert.Equal(ReliableChangeCategory.ReliableDeterioration, criteria.Classify(9, 14).ReliableChange);
    }

    [Fact]
    public void The_total_carries_the_mhsds_snomed_ct_concept_and_the_loinc_code() =>
        Assert.Equal([(PublicCode.SnomedCt, "445455005"), (PublicCode.Loinc, "70274-6")], Gad7.Total.Codes.Select(c => (c.System, c.Code)));

    [Fact]
    public void Gad7_has_no_risk_item_and_no_reversed_item() =>
        Assert.All(Gad7.Instrument.Items, i => Assert.Equal((false, ItemKeying.Direct), (i.IsRisk, i.Keying)));

    [Fact]
    public void An_answer_off_the_scale_is_refused_naming_item_and_value()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Gad7.Instrument.Score([0, 0, 0, 0, 0, 0, 4]));
        Assert.Contains("GAD-7 item 7: answer 4 is outside the response scale 0-3.", e.Message, StringComparison.Ordinal);
    }
}
