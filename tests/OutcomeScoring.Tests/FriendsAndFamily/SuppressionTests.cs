using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Tests.FriendsAndFamily;

/// <summary>NHS England's suppression rule (nhsengland/fft_pipeline suppression.py) at its boundaries.</summary>
public sealed class SuppressionTests
{
    private static FftCounts Responses(int n) => new(n, 0, 0, 0, 0, 0);

    private static Dictionary<string, SuppressionReason> Reasons(params FftUnitCounts[] rows) =>
        FftReport.Build(rows).ToDictionary(r => r.Unit, r => r.Suppression);

    [Theory]
    [InlineData(0, SuppressionReason.None)]
    [InlineData(1, SuppressionReason.FirstLevel)]
    [InlineData(4, SuppressionReason.FirstLevel)]
    [InlineData(5, SuppressionReason.None)]
    public void First_level_is_one_to_four_responses_and_zero_is_not_suppressed(int responses, SuppressionReason expected) =>
        Assert.Equal(expected, Reasons(new FftUnitCounts("W", null, Responses(responses)))["W"]);

    [Fact]
    public void Second_level_suppresses_the_next_smallest_sibling_of_a_first_level_unit_only()
    {
        Dictionary<string, SuppressionReason> reasons = Reasons(
            new("W1", "S", Responses(3)), new("W2", "S", Responses(20)), new("W3", "S", Responses(9)), new("W4", "S", Responses(0)));
        Assert.Equal(SuppressionReason.FirstLevel, reasons["W1"]);
        Assert.Equal(SuppressionReason.SecondLevel, reasons["W3"]);   // 9 is the next smallest with responses; W4 has none
        Assert.Equal(SuppressionReason.None, reasons["W2"]);
        Assert.Equal(SuppressionReason.None, reasons["W4"]);
    }

    [Fact]
    public void A_tie_for_next_smallest_goes_to_the_smaller_tie_break_key()
    {
        FftUnitCounts[] rows = [new("W1", "S", Responses(2)), new("Wb", "S", Responses(8)), new("Wa", "S", Responses(8))];
        Assert.Equal(SuppressionReason.SecondLevel, Reasons(rows)["Wa"]);
        Assert.Equal(SuppressionReason.None, Reasons(rows)["Wb"]);
        var byReversedKey = FftReport.Build(rows, tieBreakKey: u => u == "Wb" ? "0" : "1").ToDictionary(r => r.Unit, r => r.Suppression);
        Assert.Equal(SuppressionReason.SecondLevel, byReversedKey["Wb"]);
    }

    [Fact]
    public void A_suppressed_parent_cascades_to_exactly_two_children()
    {
        // P is second-level suppressed (next smallest sibling of the first-level Q); its children A, B, C all have responses.
        Dictionary<string, SuppressionReason> reasons = Reasons(
            new("Q", "R", Responses(2)), new("P", "R", default), new("Z", "R", Responses(100)),
            new("A", "P", Responses(6)), new("B", "P", Responses(7)), new("C", "P", Responses(9)));
        Assert.Equal(SuppressionReason.SecondLevel, reasons["P"]);
        Assert.Equal([SuppressionReason.Cascade, SuppressionReason.Cascade, SuppressionReason.None], new[] { reasons["A"], reasons["B"], reasons["C"] });
    }
}
