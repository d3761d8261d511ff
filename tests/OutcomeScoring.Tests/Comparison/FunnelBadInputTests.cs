using OutcomeScoring.Comparison;

namespace OutcomeScoring.Tests.Comparison;

/// <summary>Each kind of bad funnel input gives a specific error that names the parameter, the unit and the value.</summary>
public class FunnelBadInputTests
{
    private static readonly ProportionUnit[] Good = [new("A", 90, 100), new("B", 45, 50)];

    [Fact]
    public void Null_units()
    {
        Assert.Throws<ArgumentNullException>(() => FunnelChart.ForProportions(null!, null));
        Assert.Throws<ArgumentNullException>(() => FunnelChart.ForMeans(null!, 1, null));
        Assert.Throws<ArgumentNullException>(() => FunnelChart.ForRatios(null!, null));
        Assert.Throws<ArgumentNullException>(() => FunnelChart.PooledStandardDeviation(null!));
    }

    [Theory]
    [InlineData(-1, 10, "numerator", -1L, "Unit 1 ('X') has numerator -1; it must be 0 or more.")]
    [InlineData(5, -2, "denominator", -2L, "Unit 1 ('X') has denominator -2; it must be 0 or more.")]
    [InlineData(11, 10, "numerator", 11L, "Unit 1 ('X') has numerator 11; it must not exceed the denominator (10).")]
    [InlineData(1, 0, "numerator", 1L, "Unit 1 ('X') has numerator 1; it must not exceed the denominator (0).")]
    public void A_bad_count_names_the_unit_and_value(long numerator, long denominator, string _, long value, string message)
    {
        ProportionUnit[] units = [new("A", 1, 2), new("X", numerator, denominator)];
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForProportions(units, null));
        Assert.Equal("units", ex.ParamName);
        Assert.Equal(value, ex.ActualValue);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_zero_denominators()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForProportions([new("A", 0, 0)], null));
        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("No unit has a denominator above 0; a funnel needs at least one unit with a value.", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForProportions([], null));
        Assert.StartsWith("No unit has a denominator above 0", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.2)]
    [InlineData(1.5)]
    public void A_proportion_target_outside_0_1(double target)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { Target = target }));
        Assert.Equal("options", ex.ParamName);
        Assert.Equal(target, ex.ActualValue);
        Assert.StartsWith($"Funnel option Target is {target}; it must lie strictly between 0 and 1 for proportions.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pooled_proportion_of_0_or_1_asks_for_a_target()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForProportions([new("A", 10, 10), new("B", 5, 5)], null));
        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("The pooled proportion is 1 (15 of 15); funnel limits for proportions need a target strictly between 0 and 1, so give FunnelOptions.Target.", ex.Message, StringComparison.Ordinal);
        Assert.Single(FunnelChart.ForProportions([new("A", 10, 10)], new FunnelOptions { Target = 0.9 }).Units);
    }

    [Fact]
    public void A_missing_identifier()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForProportions([new("A", 1, 2), new(null!, 1, 2)], null));
        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("Unit 1 has no identifier (null); every unit needs one.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OverdispersionAdjustment.Multiplicative)]
    [InlineData(OverdispersionAdjustment.Additive)]
    public void Exact_methods_take_no_overdispersion_adjustment(OverdispersionAdjustment adjustment)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { Method = FunnelMethod.ExactBinomial, Overdispersion = adjustment }));
        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith($"Funnel option Overdispersion is {adjustment}, but ExactBinomial limits take no over-dispersion adjustment; use None, or the Normal or Arcsine method.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForRatios([new("A", 1, 2)], new FunnelOptions { Overdispersion = adjustment }));
        Assert.StartsWith($"Funnel option Overdispersion is {adjustment}, but ExactPoisson limits take no over-dispersion adjustment; use None.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_method_for_another_indicator()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { Method = FunnelMethod.ExactPoisson }));
        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith("Funnel option Method is ExactPoisson; for Proportion funnels it must be Normal, ExactBinomial or Arcsine (or null for the default).", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForMeans([new("A", 1, 2)], 1, new FunnelOptions { Method = FunnelMethod.Arcsine }));
        Assert.StartsWith("Funnel option Method is Arcsine; for Mean funnels it must be Normal", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => FunnelChart.ForRatios([new("A", 1, 2)], new FunnelOptions { Method = FunnelMethod.Normal }));
        Assert.StartsWith("Funnel option Method is Normal; for Ratio funnels it must be ExactPoisson", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_out_of_range()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { LimitPoints = 1 }));
        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith("Funnel option LimitPoints is 1; it must be at least 2.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { LimitSizes = [10, 0] }));
        Assert.StartsWith("Funnel option LimitSizes[1] is 0; it must be a finite number above 0.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { Method = FunnelMethod.ExactBinomial, LimitSizes = [10.5] }));
        Assert.StartsWith("Funnel option LimitSizes[0] is 10.5; it must be a whole number up to 2147483647 for the exact binomial method.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { Target = double.NaN }));
        Assert.StartsWith("Funnel option Target is NaN; it must be a finite number or null.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { Overdispersion = (OverdispersionAdjustment)7 }));
        Assert.StartsWith("Funnel option Overdispersion is 7; it must be None, Multiplicative or Additive.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForProportions(Good, new FunnelOptions { Method = (FunnelMethod)9 }));
        Assert.StartsWith("Funnel option Method is 9; it must be Normal, ExactBinomial, Arcsine, ExactPoisson or null.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_pooled_sd_that_is_not_above_0(double sigma)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForMeans([new("A", 1, 2)], sigma, null));
        Assert.Equal("pooledStandardDeviation", ex.ParamName);
        Assert.StartsWith($"The pooled standard deviation is {sigma}; it must be a finite number above 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_means()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForMeans([new("A", 1, -3)], 1, null));
        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("Unit 0 ('A') has size -3; it must be 0 or more.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForMeans([new("A", double.NaN, 3)], 1, null));
        Assert.StartsWith("Unit 0 ('A') has mean NaN; it must be a finite number when the size is above 0.", ex.Message, StringComparison.Ordinal);

        // A NaN mean with size 0 is no value, not an error.
        Assert.False(FunnelChart.ForMeans([new("A", double.NaN, 0), new("B", 2, 3)], 1, null).Units[0].HasValue);

        ArgumentException none = Assert.Throws<ArgumentException>(() => FunnelChart.ForMeans([new("A", 1, 0)], 1, null));
        Assert.StartsWith("No unit has a size above 0; a funnel needs at least one unit with a value.", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_ratios()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForRatios([new("A", -1, 3)], null));
        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("Unit 0 ('A') has observed count -1; it must be 0 or more.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForRatios([new("A", 1, -0.5)], null));
        Assert.StartsWith("Unit 0 ('A') has expected count -0.5; it must be a finite number, 0 or more.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.ForRatios([new("A", 1, 2)], new FunnelOptions { Target = 0 }));
        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith("Funnel option Target is 0; it must be above 0 for ratios.", ex.Message, StringComparison.Ordinal);

        ArgumentException none = Assert.Throws<ArgumentException>(() => FunnelChart.ForRatios([new("A", 3, 0)], null));
        Assert.StartsWith("No unit has an expected count above 0", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_spreads_for_the_pooled_sd()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.PooledStandardDeviation([new(5, 1), new(-1, 1)]));
        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("Unit 1 has size -1; it must be 0 or more.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChart.PooledStandardDeviation([new(5, double.NaN)]));
        Assert.StartsWith("Unit 0 has standard deviation NaN; it must be a finite number, 0 or more.", ex.Message, StringComparison.Ordinal);

        ArgumentException none = Assert.Throws<ArgumentException>(() => FunnelChart.PooledStandardDeviation([new(1, 3), new(0, 0)]));
        Assert.StartsWith("No unit has 2 or more people, so there is no within-unit standard deviation to pool.", none.Message, StringComparison.Ordinal);
    }
}
