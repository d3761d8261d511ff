using OutcomeScoring.Change;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>PHQ-9 against specs/mental-health-proms.md, sections 1, 2, 4 and 11.</summary>
public sealed class Phq9Tests
{
    private static readonly MentalHealthFacts.Fact Fact = MentalHealthFacts.Phq9;

    // awell src/scores/phq_9/__testdata__/phq_9_test_responses.ts
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, "none-minimal")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 27, "severe")]
    [InlineData(new[] { 3, 0, 1, 2, 0, 0, 1, 0, 3 }, 10, "moderate")]
    public void The_published_worked_examples_give_their_totals_and_bands(int[] answers, int total, string band)
    {
        InstrumentResult result = Phq9.Instrument.Score([.. answers.Select(Answer.Of)]);
        Assert.Equal(total, result["total"].ClinicalScore);
        Assert.Equal(band, result.Band?.Code);
    }

    // CamCOPS phq9.py, awell, TT-NHSE: 0-4, 5-9, 10-14, 15-19, 20-27; each threshold below, at and above.
    [Theory]
    [InlineData(4, "none-minimal")]
    [InlineData(5, "mild")]
    [InlineData(6, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(11, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "moderately-severe")]
    [InlineData(16, "moderately-severe")]
    [InlineData(19, "moderately-severe")]
    [InlineData(20, "severe")]
    [InlineData(21, "severe")]
    public void Band_boundaries_fall_where_the_sheet_puts_them(int total, string band)
    {
        InstrumentResult result = Phq9.Instrument.Score(MentalHealthFacts.Summing(Fact, total));
        Assert.Equal(total, result.Primary.ClinicalScore);
        Assert.Equal(band, result.Band?.Code);
    }

    [Fact]
    public void Any_missing_item_leaves_no_total_by_default_and_prorating_is_an_explicit_option()
    {
        Answer[] answers = [3, 0, 1, 2, 0, 0, 1, 0, Answer.NotAnswered];
        Score total = Phq9.Instrument.Score(answers).Primary;
        Assert.Null(total.ClinicalScore);
        Assert.Equal("Total not computable: 1 of its 9 items missing; at most 0 may be missing.", total.Explanation);

        // The caller's option: prorate with one missing, 7 over 8 items x 9.
        Assert.Equal(7 * 9 / 8.0, Phq9.Instrument.WithMaximumMissing("total", 1).Score(answers).Primary.ClinicalScore);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Item_9_above_0_raises_the_risk_flag(int item9, bool flagged)
    {
        Answer[] answers = [0, 0, 0, 0, 0, 0, 0, 0, item9];
        Assert.Equal(flagged, Phq9.Instrument.Score(answers).RiskFlag);
        Assert.Equal(Phq9.RiskItem, Phq9.Instrument.Items.Single(i => i.IsRisk).Number);
    }

    [Fact]
    public void An_unanswered_item_9_does_not_raise_the_risk_flag() =>
        Assert.False(Phq9.Instrument.Score([3, 3, 3, 3, 3, 3, 3, 3, Answer.NotAnswered]).RiskFlag);

    [Fact]
    public void Reliable_change_is_6_points_and_a_change_of_exactly_6_counts()
    {
        var criteria = new ChangeCriteria(ScoreDirection.LowerIsBetter, ReliableChangeCriterion.Published(Phq9.Instrument));
        Assert.Equal(ReliableChangeCategory.ReliableImprovement, criteria.Classify(15, 9).ReliableChange);
        Assert.Equal(ReliableChangeCategory.NoReliableChange, criteria.Classify(15, 10).ReliableChange);
        Assert.Equal(ReliableChangeCategory.ReliableDeterioration, criteria.Classify(10, 17).ReliableChange);
    }

    [Fact]
    public void The_total_carries_the_mhsds_snomed_ct_concepts_and_the_loinc_code_for_the_clinical_score()
    {
        Assert.Equal(
            [(PublicCode.SnomedCt, "720433000"), (PublicCode.SnomedCt, "506701000000100"), (PublicCode.Loinc, "44261-6")],
            Phq9.Total.Codes.Select(c => (c.System, c.Code)));
        Assert.All(Phq9.Total.Codes, c => Assert.Equal(CodedValue.ClinicalScore, c.Value));
    }

    [Fact]
    public void The_cut_offs_are_named_and_equal()
    {
        Assert.Equal(10, Phq9.ScreeningCutoff);
        Assert.Equal(10, Phq9.TalkingTherapiesCaseness);
        Assert.Equal("moderate", Phq9.Instrument.Score(MentalHealthFacts.Summing(Fact, Phq9.ScreeningCutoff)).Band?.Code);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    public void An_answer_off_the_0_to_3_scale_is_refused_naming_item_and_value(int bad)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Phq9.Instrument.Score([0, 0, bad, 0, 0, 0, 0, 0, 0]));
        Assert.Contains($"PHQ-9 item 3: answer {bad} is outside the response scale 0-3.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unscored_tenth_question_is_not_an_item() =>
        Assert.Throws<ArgumentException>(() => Phq9.Instrument.Score([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
}
