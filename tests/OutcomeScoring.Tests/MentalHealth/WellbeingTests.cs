using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>SWEMWBS (raw score) and WEMWBS against specs/mental-health-proms.md, sections 1, 8 and 11.</summary>
public sealed class WellbeingTests
{
    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1 }, 7.00)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3 }, 19.25)]
    [InlineData(new[] { 4, 4, 4, 4, 5, 4, 4 }, 26.02)]
    [InlineData(new[] { 5, 5, 5, 5, 5, 5, 5 }, 35.00)]
    public void Swemwbs_worked_examples_give_the_metric_score_of_the_conversion_table(int[] answers, double metric) =>
        Assert.Equal(metric, Swemwbs.Instrument.Score([.. answers.Select(Answer.Of)]).Stage(Swemwbs.MetricStage)["value"]);

    [Fact]
    public void Swemwbs_metric_is_the_table_value_of_every_raw_score_and_needs_every_item()
    {
        double[] table = [7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00];
        for (int raw = 7; raw <= 35; raw++)
        {
            // Any complete form with that raw score: as many 5s as fit, the rest 1s and one answer between.
            int[] answers = [.. Enumerable.Repeat(1, 7)];
            int left = raw - 7;
            for (int i = 0; i < 7 && left > 0; i++)
            {
                int add = Math.Min(4, left);
                answers[i] += add;
                left -= add;
            }

            InstrumentResult result = Swemwbs.Instrument.Score([.. answers.Select(Answer.Of)]);
            Assert.Equal(raw, result["raw"].ClinicalScore);
            Assert.Equal(table[raw - 7], result.Stage(Swemwbs.MetricStage)["value"]);
        }

        StageResult missing = Swemwbs.Instrument.Score([5, 5, 5, Answer.NotAnswered, 5, 5, 5]).Stage(Swemwbs.MetricStage);
        Assert.Equal(StageNotComputableReason.ItemsMissing, missing.Reason);
        Assert.Null(missing["value"]);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1 }, 7)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3 }, 21)]
    [InlineData(new[] { 4, 4, 4, 4, 5, 4, 4 }, 29)]
    [InlineData(new[] { 5, 5, 5, 5, 5, 5, 5 }, 35)]
    public void Swemwbs_worked_examples_give_the_raw_score(int[] answers, int raw) =>
        Assert.Equal(raw, Swemwbs.Instrument.Score([.. answers.Select(Answer.Of)])["raw"].ClinicalScore);

    [Fact]
    public void Swemwbs_has_no_raw_score_with_any_item_missing() =>
        Assert.Null(Swemwbs.Instrument.Score([5, 5, 5, Answer.NotAnswered, 5, 5, 5]).Primary.ClinicalScore);

    [Fact]
    public void Swemwbs_items_are_wemwbs_items_1_2_3_6_7_9_11_by_topic() =>
        Assert.Equal(
            Swemwbs.WemwbsItems.Select(n => Wemwbs.Instrument.Items[n - 1].Topic),
            Swemwbs.Instrument.Items.Select(i => i.Topic));

    [Theory]
    [InlineData(1, 14)]
    [InlineData(3, 42)]
    [InlineData(5, 70)]
    public void Wemwbs_worked_examples_give_the_total(int each, int total) =>
        Assert.Equal(total, Wemwbs.Instrument.Score(Enumerable.Repeat(Answer.Of(each), 14).ToArray()).Primary.ClinicalScore);

    [Fact]
    public void Both_are_higher_is_better_with_no_reversed_item_and_no_bands()
    {
        foreach (Instrument instrument in new[] { Swemwbs.Instrument, Wemwbs.Instrument })
        {
            Assert.Equal(ScoreDirection.HigherIsBetter, instrument.Direction);
            Assert.DoesNotContain(instrument.Items, i => i.Keying == ItemKeying.Reversed);
            Assert.Null(instrument.Interpretation.SeverityBands);
        }
    }

    [Fact]
    public void Reliable_change_is_3_for_swemwbs_and_9_for_wemwbs()
    {
        Assert.Equal(3, Swemwbs.Instrument.Interpretation.ReliableChange!.ClinicalPoints);
        Assert.Equal(9, Wemwbs.Instrument.Interpretation.ReliableChange!.ClinicalPoints);
    }

    [Fact]
    public void The_scores_carry_the_mhsds_concepts_v2_then_v1()
    {
        Assert.Equal(["718466001", "960481000000107"], Swemwbs.Raw.Codes.Select(c => c.Code));
        Assert.Equal(["718426000", "885541000000103"], Wemwbs.Total.Codes.Select(c => c.Code));
    }

    [Fact]
    public void An_answer_of_0_is_off_the_1_to_5_scale()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Swemwbs.Instrument.Score([0, 1, 1, 1, 1, 1, 1]));
        Assert.Contains("SWEMWBS item 1: answer 0 is outside the response scale 1-5.", e.Message, StringComparison.Ordinal);
    }
}
