using OutcomeScoring.Comparison;

namespace OutcomeScoring.Tests.Comparison;

/// <summary>The comparison sheet's funnel checks (to 4 decimals) and worked examples of each indicator and adjustment.</summary>
public class FunnelChartTests
{
    private static readonly ProportionUnit[] OneUnit = [new("A", 93, 100)];

    private static FunnelLimit Row(FunnelChart chart, double size) => chart.Limits.Single(l => l.Size == size);

    [Fact]
    public void The_z_values_are_the_sheets()
    {
        Assert.Equal(1.959964, FunnelChart.Z95, 6);
        Assert.Equal(3.090232, FunnelChart.Z998, 6);
    }

    [Theory]
    [InlineData(20, 0.6717, 0.7696, 0.9947, 0.9998)]
    [InlineData(100, 0.8343, 0.8711, 0.9704, 0.9894)]
    [InlineData(500, 0.8913, 0.9058, 0.9506, 0.9617)]
    public void Exact_binomial_limits_at_t0_0_93_match_the_sheet(int n, double p001, double p025, double p975, double p999)
    {
        FunnelChart chart = FunnelChart.ForProportions(
            OneUnit,
            new FunnelOptions { Target = 0.93, Method = FunnelMethod.ExactBinomial, LimitSizes = [20, 100, 500] });
        FunnelLimit row = Row(chart, n);
        Assert.Equal(p001, Math.Round(row.Lower998, 4));
        Assert.Equal(p025, Math.Round(row.Lower95, 4));
        Assert.Equal(p975, Math.Round(row.Upper95, 4));
        Assert.Equal(p999, Math.Round(row.Upper998, 4));
    }

    [Fact]
    public void Arcsine_limits_at_n_100_without_overdispersion_match_the_sheet()
    {
        FunnelChart chart = FunnelChart.ForProportions(OneUnit, new FunnelOptions { Target = 0.93, Method = FunnelMethod.Arcsine, LimitSizes = [100] });
        FunnelLimit row = Row(chart, 100);
        Assert.Equal(0.8721, Math.Round(row.Lower95, 4));
        Assert.Equal(0.9715, Math.Round(row.Upper95, 4));
        Assert.Equal(0.8320, Math.Round(row.Lower998, 4));
        Assert.Equal(0.9872, Math.Round(row.Upper998, 4));
    }

    [Fact]
    public void Normal_limits_are_t0_plus_or_minus_z_sqrt_t0_1_minus_t0_over_n_clamped_to_0_1()
    {
        FunnelChart chart = FunnelChart.ForProportions(OneUnit, new FunnelOptions { Target = 0.93, LimitSizes = [100, 5] });
        double s = Math.Sqrt(0.93 * 0.07 / 100);
        FunnelLimit row = Row(chart, 100);
        Assert.Equal(0.93 - (FunnelChart.Z95 * s), row.Lower95, 12);
        Assert.Equal(0.93 - (FunnelChart.Z998 * s), row.Lower998, 12);
        Assert.Equal(1, row.Upper998); // 0.93 + 3.09 x 0.0255 > 1
        Assert.Equal(1, Row(chart, 5).Upper95); // 0.93 + 1.96 x 0.114 > 1
        Assert.Equal(new[] { 5.0, 100.0 }, chart.Limits.Select(l => l.Size));
    }

    [Fact]
    public void Exact_limits_are_not_monotone_in_n_at_small_n_as_documented()
    {
        // At t0 = 0.93 the upper 97.5% limit is r = n with a = (1 - 0.975) / P(X = n): 0.9731 at n = 1, 0.9855 at n = 2.
        FunnelChart chart = FunnelChart.ForProportions(
            OneUnit,
            new FunnelOptions { Target = 0.93, Method = FunnelMethod.ExactBinomial, LimitSizes = [1, 2] });
        Assert.Equal(0.9731, Math.Round(chart.Limits[0].Upper95, 4));
        Assert.Equal(0.9855, Math.Round(chart.Limits[1].Upper95, 4));
    }

    [Fact]
    public void A_pooled_target_per_unit_results_and_a_zero_denominator_kept_with_its_reason()
    {
        ProportionUnit[] units = [new("A", 90, 100), new("B", 0, 0), new("C", 50, 100), new("D", 195, 200)];
        FunnelChart chart = FunnelChart.ForProportions(units, null);
        Assert.Equal(335.0 / 400, chart.Target, 12);
        Assert.True(chart.IsTargetPooled);
        Assert.Equal(FunnelMethod.Normal, chart.Method);
        Assert.Equal(FunnelIndicator.Proportion, chart.Indicator);
        Assert.Equal(["A", "B", "C", "D"], chart.Units.Select(u => u.Id));

        FunnelUnitResult b = chart.Units[1];
        Assert.False(b.HasValue);
        Assert.Null(b.ZScore);
        Assert.Null(b.Lower95);
        Assert.Equal(FunnelSide.None, b.Outside998);
        Assert.Equal(FunnelNoValueReason.ZeroDenominator, b.Reason);
        Assert.Equal("The denominator is 0, so there is no proportion.", b.Explanation);
        Assert.Equal(FunnelNoValueReason.None, chart.Units[0].Reason);
        Assert.Null(chart.Units[0].Explanation);

        FunnelUnitResult c = chart.Units[2];
        double s = Math.Sqrt(chart.Target * (1 - chart.Target) / 100);
        Assert.Equal((0.5 - chart.Target) / s, c.ZScore!.Value, 12);
        Assert.Equal(FunnelSide.Below, c.Outside95);
        Assert.Equal(FunnelSide.Below, c.Outside998);
        Assert.Equal(FunnelSide.Above, chart.Units[3].Outside95); // 0.975 at n = 200, z = 5.1
        Assert.Equal(FunnelSide.None, chart.Units[0].Outside95);
        Assert.Equal(3, chart.PhiUnitCount);

        // The default table: 100 sizes from the smallest (100) to the largest (200) unit size.
        Assert.Equal(100, chart.Limits.Length);
        Assert.Equal(100, chart.Limits[0].Size);
        Assert.Equal(200, chart.Limits[^1].Size);
    }

    [Fact]
    public void A_value_exactly_on_a_limit_is_inside()
    {
        // t0 = 0.5, n = 4: the arcsine 95% upper limit is not a count; use means, where limits are exact binary fractions.
        // sigma = 2, n = 4: s = 1; a 95% limit of t0 + 1.959964 is not representable exactly, so check with z = 0 instead:
        // a unit on the target is inside both limits and has z = 0.
        FunnelChart chart = FunnelChart.ForMeans([new("A", 10, 4), new("B", 10, 16)], 2, null);
        Assert.All(chart.Units, u => Assert.Equal(0, u.ZScore));
        Assert.All(chart.Units, u => Assert.Equal(FunnelSide.None, u.Outside95));

        // A value equal to the upper limit the chart reports is inside.
        FunnelChart twoUnits = FunnelChart.ForMeans([new("A", 10, 4), new("B", 12, 4)], 2, new FunnelOptions { Target = 10 });
        double upper = twoUnits.Units[1].Upper95!.Value;
        FunnelChart onLimit = FunnelChart.ForMeans([new("A", upper, 4)], 2, new FunnelOptions { Target = 10 });
        Assert.Equal(FunnelSide.None, onLimit.Units[0].Outside95);
        Assert.Equal(FunnelSide.Above, FunnelChart.ForMeans([new("A", Math.BitIncrement(upper), 4)], 2, new FunnelOptions { Target = 10 }).Units[0].Outside95);
    }

    [Fact]
    public void Mean_limits_use_the_pooled_sd_and_the_size_weighted_mean()
    {
        MeanUnit[] units = [new("A", 4.0, 10), new("B", 5.0, 30), new("C", 0, 0)];
        double sigma = FunnelChart.PooledStandardDeviation([new UnitSpread(10, 1.0), new UnitSpread(30, 2.0), new UnitSpread(1, 99)]);
        Assert.Equal(Math.Sqrt(((9 * 1.0) + (29 * 4.0)) / 38), sigma, 12);

        FunnelChart chart = FunnelChart.ForMeans(units, sigma, new FunnelOptions { LimitSizes = [10] });
        Assert.Equal(4.75, chart.Target, 12);
        Assert.Equal(sigma, chart.StandardDeviation);
        Assert.Equal(4.75 - (FunnelChart.Z95 * sigma / Math.Sqrt(10)), chart.Limits[0].Lower95, 12);
        Assert.Equal((4.0 - 4.75) / (sigma / Math.Sqrt(10)), chart.Units[0].ZScore!.Value, 12);
        Assert.Equal(FunnelNoValueReason.ZeroSize, chart.Units[2].Reason);
        Assert.Equal("The size is 0, so there is no mean.", chart.Units[2].Explanation);
    }

    [Fact]
    public void Ratio_limits_are_exact_poisson_at_the_expected_count_under_the_target()
    {
        RatioUnit[] units = [new("A", 30, 20), new("B", 0, 5), new("C", 3, 0)];
        FunnelChart chart = FunnelChart.ForRatios(units, new FunnelOptions { LimitSizes = [20] });
        Assert.Equal(1, chart.Target);
        Assert.Equal(FunnelMethod.ExactPoisson, chart.Method);

        // O0 = 20: lower chi2(0.025, 40) / 40 = 24.4330 / 40; upper chi2(0.975, 42) / 40 = 61.7768 / 40.
        FunnelLimit row = chart.Limits[0];
        Assert.Equal(24.4330 / 40, row.Lower95, 4);
        Assert.Equal(61.7768 / 40, row.Upper95, 4);

        FunnelUnitResult a = chart.Units[0];
        Assert.Equal(1.5, a.Value);
        Assert.Equal((30 - 20) / Math.Sqrt(20), a.ZScore!.Value, 12);
        Assert.Equal(FunnelSide.None, a.Outside95); // 1.5 < 1.544
        Assert.Equal(0, chart.Units[1].Value);
        Assert.Equal(FunnelNoValueReason.ZeroExpected, chart.Units[2].Reason);
        Assert.Equal("The expected count is 0, so there is no O/E ratio.", chart.Units[2].Explanation);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(1e6)]
    public void Ratio_limits_are_finite_at_tiny_and_huge_expected_counts(double expected)
    {
        FunnelChart chart = FunnelChart.ForRatios([new("A", 1, expected)], null);
        FunnelLimit row = chart.Limits[0];
        Assert.True(row.Lower998 >= 0 && row.Lower998 <= row.Lower95 && row.Lower95 <= 1, $"{row}");
        Assert.True(double.IsFinite(row.Upper998) && row.Upper998 >= row.Upper95 && row.Upper95 >= 1, $"{row}");
    }

    [Fact]
    public void Phi_is_the_mean_square_of_the_winsorised_z_scores_and_multiplicative_inflates_only_above_1()
    {
        // Means with sigma = 1 and n = 1: z = value - t0 with t0 = 0 given.
        double[] values = [-10, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 20];
        MeanUnit[] units = [.. values.Select((v, i) => new MeanUnit($"U{i}", v, 1))];
        FunnelChart none = FunnelChart.ForMeans(units, 1, new FunnelOptions { Target = 0, LimitSizes = [1] });

        // Type-7 10% quantile of 10 values: h = 0.9, -10 + 0.9 x 9 = -1.9; 90%: h = 8.1, 3 + 0.1 x 17 = 4.7.
        double[] winsorised = [-1.9, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4.7];
        double phi = winsorised.Sum(z => z * z) / 10;
        Assert.Equal(phi, none.Phi, 12);
        Assert.Equal(10, none.PhiUnitCount);

        FunnelChart multiplicative = FunnelChart.ForMeans(units, 1, new FunnelOptions { Target = 0, LimitSizes = [1], Overdispersion = OverdispersionAdjustment.Multiplicative });
        Assert.True(multiplicative.IsAdjusted);
        Assert.Equal(FunnelChart.Z95 * Math.Sqrt(phi), multiplicative.Limits[0].Upper95, 12);

        // tau^2 = (k phi - (k - 1)) / (sum w - sum w^2 / sum w) with w = 1: (10 phi - 9) / 9.
        FunnelChart additive = FunnelChart.ForMeans(units, 1, new FunnelOptions { Target = 0, LimitSizes = [1], Overdispersion = OverdispersionAdjustment.Additive });
        double tau2 = ((10 * phi) - 9) / 9;
        Assert.Equal(tau2, additive.Tau2, 12);
        Assert.Equal(FunnelChart.Z95 * Math.Sqrt(1 + tau2), additive.Limits[0].Upper95, 12);

        // Under-dispersed: phi < 1, so neither adjustment changes the limits.
        MeanUnit[] tight = [.. values.Select((v, i) => new MeanUnit($"U{i}", v / 100, 1))];
        FunnelChart tightMultiplicative = FunnelChart.ForMeans(tight, 1, new FunnelOptions { Target = 0, LimitSizes = [1], Overdispersion = OverdispersionAdjustment.Multiplicative });
        Assert.False(tightMultiplicative.IsAdjusted);
        Assert.Equal(0, tightMultiplicative.Tau2);
        Assert.Equal(FunnelChart.Z95, tightMultiplicative.Limits[0].Upper95, 12);
    }

    [Fact]
    public void Arcsine_overdispersion_works_on_the_arcsine_scale()
    {
        ProportionUnit[] units = [new("A", 80, 100), new("B", 99, 100), new("C", 60, 100), new("D", 95, 100)];
        FunnelChart chart = FunnelChart.ForProportions(units, new FunnelOptions { Target = 0.9, Method = FunnelMethod.Arcsine, Overdispersion = OverdispersionAdjustment.Additive, LimitSizes = [100] });
        double t = Math.Asin(Math.Sqrt(0.9));
        double[] z = [.. units.Select(u => (Math.Asin(Math.Sqrt(u.Numerator / 100.0)) - t) / 0.05)];
        Assert.Equal(z, chart.Units.Select(u => u.ZScore!.Value), new Close());
        Assert.True(chart.Tau2 > 0);
        double half = FunnelChart.Z998 * Math.Sqrt((0.05 * 0.05) + chart.Tau2);
        Assert.Equal(Math.Pow(Math.Sin(t - half), 2), chart.Limits[0].Lower998, 12);
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
