using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>Winsorising: a stated rule, applied before normalisation, recorded in the result, and its bad settings.</summary>
public class WinsorisingTests
{
    private static readonly IndexSpecification Spec = new()
    {
        Name = "w",
        Version = "1",
        Components = [new IndexComponent("a", "a", IndexDirection.HigherIsBetter, Normalisation.MinMax)],
        Winsorising = new Winsorising(0.1),
    };

    [Fact]
    public void Values_beyond_the_quantiles_are_clamped_and_recorded()
    {
        // 0..9: type-7 quantiles at 0.1 and 0.9 are 0.9 and 8.1.
        IndexResult result = CompositeIndex.Compute(Spec, Enumerable.Range(0, 10).Select(i => new ComponentValue($"U{i}", "a", i)));
        ComponentResult low = result.Find("U0")!.Components[0], high = result.Find("U9")!.Components[0], middle = result.Find("U5")!.Components[0];
        Assert.Equal(0, low.Value);
        Assert.Equal(0.9, low.Winsorised!.Value, 12);
        Assert.Equal(8.1, high.Winsorised!.Value, 12);
        Assert.Null(middle.Winsorised);
        Assert.Equal(0, low.Normalised!.Value, 12);
        Assert.Equal(100 * (5 - 0.9) / (8.1 - 0.9), middle.Normalised!.Value, 9);
        Assert.Equal(Spec.Winsorising, result.Specification.Winsorising);
    }

    [Fact]
    public void The_rule_round_trips_through_json_and_says_what_it_does()
    {
        Assert.Equal(Spec, IndexSpecification.FromJson(Spec.ToJson()));
        Assert.Contains("\"winsorising\": {", Spec.ToJson(), StringComparison.Ordinal);
        Assert.Equal("winsorised to the 10th-90th percentiles of each component", Spec.Winsorising!.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void A_share_outside_0_to_0_5_is_rejected(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Winsorising(share));

    [Fact]
    public void A_bad_share_in_json_is_named()
    {
        const string json = """{"name":"x","version":"1","components":[{"code":"a","name":"a","direction":1,"normalisation":{"method":"min-max"}}],"winsorising":{"share":0.7}}""";
        IndexSpecificationException error = Assert.Throws<IndexSpecificationException>(() => IndexSpecification.FromJson(json));
        Assert.StartsWith("$.winsorising.share: winsorising: The winsorising share is 0.7", error.Message, StringComparison.Ordinal);
    }
}
