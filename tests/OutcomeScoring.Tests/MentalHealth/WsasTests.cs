using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>WSAS against specs/mental-health-proms.md, section 5 (worked examples derived from CamCOPS wsas.py).</summary>
public sealed class WsasTests
{
    [Theory]
    [InlineData(new[] { 8, 8, 8, 8, 8 }, 40)]
    [InlineData(new[] { 0, 2, 4, 6, 8 }, 20)]
    public void A_full_form_is_out_of_40(int[] answers, int total)
    {
        Score score = Wsas.Instrument.Score([.. answers.Select(Answer.Of)]).Primary;
        Assert.Equal((total, 40.0), (score.ClinicalScore!.Value, score.MaximumPossible!.Value));
    }

    [Fact]
    public void Retired_the_total_is_items_2_to_5_out_of_32()
    {
        Score score = Wsas.Instrument.Score([Answer.NotApplicable, 2, 4, 6, 8]).Primary;
        Assert.Equal(20, score.ClinicalScore);
        Assert.Equal(32, score.MaximumPossible);
        Assert.Equal((4, 1, 0), (score.ItemsAnswered, score.ItemsNotApplicable, score.ItemsMissing));
        Assert.Equal(Wsas.WorkItem, Wsas.Instrument.Items.Single(i => i.AllowsNotApplicable).Number);
    }

    [Fact]
    public void A_blank_work_item_is_missing_not_retired_and_leaves_no_total()
    {
        Score score = Wsas.Instrument.Score([Answer.NotAnswered, 2, 4, 6, 8]).Primary;
        Assert.Null(score.ClinicalScore);
        Assert.Equal("Total not computable: 1 of its 5 items missing; at most 0 may be missing.", score.Explanation);
    }

    [Fact]
    public void Not_applicable_on_another_item_counts_as_missing() =>
        Assert.Null(Wsas.Instrument.Score([2, Answer.NotApplicable, 4, 6, 8]).Primary.ClinicalScore);

    // Secondary bands: 0-9 subclinical, 10-20 significant, 21-40 moderately severe or worse.
    [Theory]
    [InlineData(9, "subclinical")]
    [InlineData(10, "significant")]
    [InlineData(11, "significant")]
    [InlineData(20, "significant")]
    [InlineData(21, "moderately-severe")]
    [InlineData(22, "moderately-severe")]
    public void Band_boundaries(int total, string band) =>
        Assert.Equal(band, Wsas.Instrument.Score(MentalHealthFacts.Summing(MentalHealthFacts.Wsas, total)).Band?.Code);

    [Fact]
    public void There_is_no_published_reliable_change_and_no_public_code()
    {
        Assert.Null(Wsas.Instrument.Interpretation.ReliableChange);
        Assert.Empty(Wsas.Total.Codes);
        Assert.NotNull(Wsas.SeverityBands.Caveat);
    }

    [Fact]
    public void An_answer_of_9_is_off_the_0_to_8_scale()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Wsas.Instrument.Score([0, 0, 9, 0, 0]));
        Assert.Contains("WSAS item 3: answer 9 is outside the response scale 0-8.", e.Message, StringComparison.Ordinal);
    }
}
