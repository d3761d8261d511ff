using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>K10 against specs/mental-health-proms.md, section 9.</summary>
public sealed class K10Tests
{
    private static readonly MentalHealthFacts.Fact Fact = MentalHealthFacts.K10;

    [Fact]
    public void All_1_is_10_and_low_in_both_schemes()
    {
        Answer[] answers = [.. Enumerable.Repeat(Answer.Of(1), 10)];
        Assert.Equal(10, K10.Instrument.Score(answers).Primary.ClinicalScore);
        Assert.Equal("low", K10.Instrument.Score(answers).Band?.Code);
        Assert.Equal("low", K10.InstrumentWithMeteorBands.Score(answers).Band?.Code);
    }

    [Fact]
    public void All_3_is_30_very_high_or_severe_and_20_in_the_us_coding()
    {
        Answer[] answers = [.. Enumerable.Repeat(Answer.Of(3), 10)];
        Assert.Equal(30, K10.Instrument.Score(answers).Primary.ClinicalScore);
        Assert.Equal("very-high", K10.Instrument.Score(answers).Band?.Code);
        Assert.Equal("severe", K10.InstrumentWithMeteorBands.Score(answers).Band?.Code);
        Assert.Equal(20, K10.Instrument.Score(answers).Primary.ClinicalScore - K10.UsCodingOffset);
    }

    [Fact]
    public void One_missing_item_is_prorated_and_rounded_as_pmhc_does()
    {
        // PMHC t/fixtures/k10p/valid.csv: nine valid items summing 28 -> round(28 / 9 x 10) = round(31.11) = 31.
        Answer[] answers = [2, 3, 3, 5, 1, 2, 3, 4, 5, Answer.NotAnswered];
        Score total = K10.Instrument.Score(answers).Primary;
        Assert.Equal(31, total.ClinicalScore);
        Assert.True(total.IsProrated);
        Assert.Equal(Fact.Total(answers), total.ClinicalScore);
    }

    [Fact]
    public void Two_missing_items_leave_no_total()
    {
        Score total = K10.Instrument.Score([2, 3, 3, 5, 1, 2, 3, 4, Answer.NotAnswered, Answer.NotAnswered]).Primary;
        Assert.Null(total.ClinicalScore);
        Assert.Equal("Total not computable: 2 of its 10 items missing; at most 1 may be missing.", total.Explanation);
    }

    // ABS 4817.0.55.001: 10-15 low, 16-21 moderate, 22-29 high, 30-50 very high.
    [Theory]
    [InlineData(15, "low")]
    [InlineData(16, "moderate")]
    [InlineData(17, "moderate")]
    [InlineData(21, "moderate")]
    [InlineData(22, "high")]
    [InlineData(23, "high")]
    [InlineData(29, "high")]
    [InlineData(30, "very-high")]
    [InlineData(31, "very-high")]
    [InlineData(50, "very-high")]
    public void Abs_band_boundaries(int total, string band) =>
        Assert.Equal(band, K10.Instrument.Score(MentalHealthFacts.Summing(Fact, total)).Band?.Code);

    // AIHW METeOR 376091: 10-19 low, 20-24 mild, 25-29 moderate, 30-50 severe.
    [Theory]
    [InlineData(19, "low")]
    [InlineData(20, "mild")]
    [InlineData(21, "mild")]
    [InlineData(24, "mild")]
    [InlineData(25, "moderate")]
    [InlineData(26, "moderate")]
    [InlineData(29, "moderate")]
    [InlineData(30, "severe")]
    [InlineData(31, "severe")]
    public void Meteor_band_boundaries(int total, string band) =>
        Assert.Equal(band, K10.InstrumentWithMeteorBands.Score(MentalHealthFacts.Summing(Fact, total)).Band?.Code);

    [Fact]
    public void The_zero_to_forty_mhsds_concepts_are_not_attached_to_the_ten_to_fifty_total()
    {
        Assert.Empty(K10.Total.Codes);
        Assert.Null(K10.Instrument.Interpretation.ReliableChange);
    }

    [Fact]
    public void An_answer_of_0_in_the_us_coding_is_refused_naming_the_scale()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => K10.Instrument.Score([.. Enumerable.Repeat(Answer.Of(0), 10)]));
        Assert.Contains("K10 item 1: answer 0 is outside the response scale 1-5.", e.Message, StringComparison.Ordinal);
    }
}
