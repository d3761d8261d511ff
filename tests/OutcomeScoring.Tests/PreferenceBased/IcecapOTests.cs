using OutcomeScoring.PreferenceBased;

namespace OutcomeScoring.Tests.PreferenceBased;

/// <summary>ICECAP-O against specs/integration-experience-utility.md, section 4 (Flynn et al. 2008, Table 1).</summary>
public sealed class IcecapOTests
{
    // The sheet's tariff, copied independently of the definition: [attribute][level - 1].
    private static readonly double[][] Tariff =
    [
        [-0.0128, 0.1340, 0.2325, 0.2535],
        [0.0321, 0.0661, 0.1071, 0.1788],
        [0.0151, 0.1296, 0.1793, 0.1923],
        [0.0168, 0.1185, 0.1643, 0.1660],
        [-0.0512, 0.1076, 0.1848, 0.2094],
    ];

    private static double? TariffOf(int[] levels) =>
        IcecapO.Instrument.Score([.. levels.Select(Answer.Of)]).Stage(IcecapO.TariffStage)["value"];

    [Theory]
    [InlineData("44444", 1.0)]
    [InlineData("11111", 0.0)]
    [InlineData("33333", 0.8680)]
    [InlineData("22222", 0.5558)]
    [InlineData("43213", 0.6918)]
    [InlineData("44441", 0.7394)]
    public void Every_check_of_the_sheet_is_the_tariff(string state, double value) =>
        Assert.Equal(value, TariffOf([.. state.Select(c => c - '0')]));

    [Fact]
    public void Every_state_is_the_sum_of_its_level_values_between_0_and_1()
    {
        int count = 0;
        foreach (int[] levels in from a in Enumerable.Range(1, 4) from b in Enumerable.Range(1, 4) from c in Enumerable.Range(1, 4) from d in Enumerable.Range(1, 4) from e in Enumerable.Range(1, 4) select new[] { a, b, c, d, e })
        {
            double value = TariffOf(levels)!.Value;
            Assert.Equal(levels.Select((level, attribute) => Tariff[attribute][level - 1]).Sum(), value, 12);
            Assert.InRange(value, 0.0, 1.0);
            count++;
        }

        Assert.Equal(1024, count);
    }

    [Fact]
    public void A_negative_lowest_level_can_pull_the_total_below_the_other_four()
    {
        // Attachment and control at level 1 are negative: 44441 is below the four 4s alone (0.7906).
        Assert.Equal(0.7394, TariffOf([4, 4, 4, 4, 1]));
        Assert.True(TariffOf([1, 4, 4, 4, 4]) < 0.1788 + 0.1923 + 0.1660 + 0.2094);
    }

    [Fact]
    public void Any_attribute_missing_gives_no_tariff_and_a_level_outside_1_to_4_is_refused()
    {
        StageResult stage = IcecapO.Instrument.Score([4, Answer.NotAnswered, 4, 4, 4]).Stage(IcecapO.TariffStage);
        Assert.Equal(StageNotComputableReason.ItemsMissing, stage.Reason);
        Assert.Null(stage["value"]);
        Assert.False(IcecapO.Instrument.TryScore([5, 4, 4, 4, 4], out _, out ScoringError error));
        Assert.Equal("ICECAP-O item 1: answer 5 is outside the response scale 1-4.", error.Message);
    }

    [Fact]
    public void The_columns_are_the_tariff_and_the_items_answered() =>
        Assert.Equal(["tariff", "answered"], IcecapO.Instrument.ResultColumns.Select(c => c.Name));
}
