using OutcomeScoring.Change;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Tests.IntegrationIndex;

/// <summary>The multivariate check: component correlations and Cronbach's alpha within each pillar.</summary>
public class CorrelationTests
{
    private static readonly IndexSpecification Spec = new()
    {
        Name = "c",
        Version = "1",
        Components =
        [
            new IndexComponent("a", "a", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 10)) { Domain = "x" },
            new IndexComponent("b", "b", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 20)) { Domain = "x" },
            new IndexComponent("c", "c", IndexDirection.LowerIsBetter, Normalisation.Goalposts(0, 10)) { Domain = "x" },
            new IndexComponent("d", "d", IndexDirection.HigherIsBetter, Normalisation.Goalposts(0, 10)) { Domain = "y" },
        ],
        Domains = [new IndexDomain("x", "x"), new IndexDomain("y", "y")],
    };

    private static IEnumerable<ComponentValue> Values() => Enumerable.Range(0, 6).SelectMany(i => new[]
    {
        new ComponentValue($"U{i}", "a", i),
        new ComponentValue($"U{i}", "b", 2 * i),
        new ComponentValue($"U{i}", "c", 10 - i), // lower is better: oriented, it agrees with a
        new ComponentValue($"U{i}", "d", i % 2),
    });

    [Fact]
    public void Correlations_use_oriented_normalised_values_per_pillar()
    {
        MultivariateCheck check = CompositeIndex.Correlations(Spec, Values());
        PillarCorrelations x = check.Pillars[0];
        Assert.Equal("x", x.Domain);
        Assert.Equal(["a", "b", "c"], x.Components);
        Assert.Equal(1, x.Correlation("a", "b")!.Value, 12);
        Assert.Equal(1, x.Correlation("a", "c")!.Value, 12);
        Assert.Equal(6, x.Pairs[1]);
        Assert.Equal(["d"], check.Pillars[1].Components);
    }

    [Fact]
    public void Alpha_is_cronbachs_over_the_units_with_every_component_and_undefined_for_one()
    {
        MultivariateCheck check = CompositeIndex.Correlations(Spec, Values());
        CronbachAlphaResult expected = Reliability.CronbachAlpha(Enumerable.Range(0, 6).Select(i => (IReadOnlyList<double?>)[10.0 * i, 10.0 * i, 10.0 * i]));
        Assert.Equal(expected.Alpha, check.Pillars[0].Alpha.Alpha);
        Assert.Null(check.Pillars[1].Alpha.Alpha);
        Assert.Throws<ArgumentException>(() => check.Pillars[0].Correlation("a", "d"));
    }

    [Fact]
    public void A_pair_with_fewer_than_three_units_or_no_variation_has_no_correlation()
    {
        MultivariateCheck check = CompositeIndex.Correlations(Spec, Values().Where(v => v.Component != "b" || v.Unit is "U0" or "U1"));
        Assert.Null(check.Pillars[0].Correlation("a", "b"));
        Assert.Equal(2, check.Pillars[0].Pairs[1]);
    }
}
