using OutcomeScoring.CoreFamily;

namespace OutcomeScoring.Tests.CoreFamily;

/// <summary>The checks of specs/core.md for CORE-10, as examples.</summary>
public class Core10Tests
{
    private static readonly Instrument C10 = Core10.Instrument;

    [Fact]
    public void Items_map_to_CORE_OM_items_in_order_with_the_same_keying()
    {
        Assert.Equal([2, 3, 7, 10, 15, 16, 18, 23, 27, 28], Core10.CoreOmItems);
        for (int i = 0; i < 10; i++)
        {
            Item omItem = CoreOm.Instrument.Items[Core10.CoreOmItems[i] - 1];
            Assert.Equal(omItem.Keying, C10.Items[i].Keying);
            Assert.Equal(omItem.Topic, C10.Items[i].Topic);
            Assert.Equal(omItem.IsRisk, C10.Items[i].IsRisk);
        }
    }

    [Fact]
    public void Only_items_2_and_3_are_reversed_and_item_6_is_the_risk_item()
    {
        Assert.Equal([2, 3], C10.Items.Where(i => i.Keying == ItemKeying.Reversed).Select(i => i.Number));
        Assert.Equal([6], C10.Items.Where(i => i.IsRisk).Select(i => i.Number));
    }

    [Fact]
    public void Complete_form_clinical_score_equals_the_item_sum_exactly()
    {
        // Every answer 3: keyed sum = 8*3 + 2*(4-3) = 26.
        InstrumentResult result = C10.Score(SpecFacts.Uniform(10, 3));
        Assert.Equal(26.0, result.Primary.ClinicalScore);
        Assert.Equal(2.6, result.Primary.Mean);
    }

    [Fact]
    public void One_missing_item_is_prorated_two_are_not_computable()
    {
        Answer[] answers = SpecFacts.Uniform(10, 4);
        answers[0] = Answer.NotAnswered;
        Score one = C10.Score(answers).Primary;
        Assert.True(one.IsProrated);
        Assert.Equal((7 * 4 + 2 * 0) / 9.0, one.Mean!.Value, 15);

        answers[9] = Answer.NotAnswered;
        Score two = C10.Score(answers).Primary;
        Assert.False(two.IsComputable);
        Assert.Equal(8, two.ItemsAnswered);
    }

    [Fact]
    public void Risk_item_6_above_zero_raises_the_flag()
    {
        Answer[] answers = SpecFacts.Uniform(10, 0);
        answers[5] = 2;
        Assert.True(C10.Score(answers).RiskFlag);
        answers[5] = Answer.NotAnswered;
        Assert.False(C10.Score(answers).RiskFlag);
    }

    [Theory]
    [InlineData(0, "healthy")]
    [InlineData(5, "healthy")]
    [InlineData(5.5, "healthy")]
    [InlineData(6, "low")]
    [InlineData(10, "low")]
    [InlineData(10.5, "low")]
    [InlineData(11, "mild")]
    [InlineData(14, "mild")]
    [InlineData(14.444444444444445, "mild")]
    [InlineData(15, "moderate")]
    [InlineData(19, "moderate")]
    [InlineData(20, "moderate-severe")]
    [InlineData(24, "moderate-severe")]
    [InlineData(25, "severe")]
    [InlineData(40, "severe")]
    public void Default_bands_are_the_most_common_set_as_half_open_intervals(double clinical, string code) =>
        Assert.Equal(code, Core10.SeverityBands.Classify(clinical)!.Code);

    [Theory]
    [InlineData(15, "mild")]
    [InlineData(15.5, "mild")]
    [InlineData(16, "moderate")]
    [InlineData(21, "moderate-severe")]
    [InlineData(25, "moderate-severe")]
    [InlineData(26, "severe")]
    public void Alternative_bands_are_the_other_published_set(double clinical, string code)
    {
        Assert.Equal(code, Core10.AlternativeSeverityBands.Classify(clinical)!.Code);
        Assert.Same(Core10.AlternativeSeverityBands, Core10.InstrumentWithAlternativeBands.Interpretation.SeverityBands);
    }

    [Fact]
    public void Prorated_score_gets_a_band()
    {
        // 9 answered items of 2 with one reversed item blank: keyed = 8*2 + 1*2 = 18 over 9 -> 20.0 clinical.
        Answer[] answers = SpecFacts.Uniform(10, 2);
        answers[1] = Answer.NotAnswered;
        InstrumentResult result = C10.Score(answers);
        Assert.Equal(20.0, result.Primary.ClinicalScore!.Value, 12);
        Assert.Equal("moderate-severe", result.Band!.Code);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    [InlineData(12, true)]
    public void Cutoff_11_from_Barkham_2013_a_score_at_the_cutoff_is_clinical(int sum, bool clinical)
    {
        // Items 1, 4.. are direct; put the whole sum on direct items, reversed items answered 4 (scored 0).
        Answer[] answers = SpecFacts.Uniform(10, 0);
        answers[1] = 4;
        answers[2] = 4;
        int remaining = sum;
        foreach (int index in new[] { 0, 3, 4, 6, 7, 8, 9 })
        {
            int value = Math.Min(4, remaining);
            answers[index] = value;
            remaining -= value;
        }

        CutoffComparison comparison = C10.Score(answers).CompareWithCutoff();
        Assert.Equal(sum, comparison.Score.ClinicalScore);
        Assert.Equal(11, comparison.ClinicalCutoff);
        Assert.Equal(clinical, comparison.IsInClinicalRange);
    }

    [Fact]
    public void Reliable_change_is_six_points_at_90_percent_and_depression_screen_is_13()
    {
        Assert.Equal(6, C10.Interpretation.ReliableChange!.ClinicalPoints);
        Assert.Equal(0.90, C10.Interpretation.ReliableChange.Confidence);
        Assert.Equal(1.3, Core10.Barkham2013DepressionScreen.Find("total").Entry!.MeanCutoff);
    }

    [Fact]
    public void Barkham_2013_is_the_default_table_with_the_clinical_cutoff_11()
    {
        // specs/core.md: Barkham et al. 2013, clinical cut-off 11 (1.1 on the mean scale of 0-4, clinical = mean x 10).
        Assert.Equal("barkham2013", Core10.Barkham2013.Id);
        Assert.Same(Core10.Barkham2013, C10.Interpretation.DefaultCutoffs);
        Assert.Equal(1.1, Core10.Barkham2013.Find("total").Entry!.MeanCutoff);
    }
}
