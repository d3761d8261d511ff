using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Tests.Comparison;

/// <summary>
/// FsCheck properties of funnel limits: limits widen as the size falls and are monotone in it (every method except the exact
/// binomial, which is documented not to be); 99.8% limits contain 95% limits; every unit appears once in input order; the z-score's
/// sign matches the side of the target and of any limit crossed; additive with tau^2 = 0, and multiplicative with phi &lt;= 1, equal no
/// adjustment.
/// </summary>
public class FunnelChartProperties
{
    private const int Cases = 300;
    private const double Tolerance = 1e-12;

    private static readonly Config Config = SuiteEffort.Properties(Cases);

    private static readonly Gen<ProportionUnit[]> Proportions =
        from k in Gen.Choose(1, 25)
        from units in (from den in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, 3000)))
                       from share in Gen.Choose(0, 1000)
                       select (den, share)).ArrayOf(k)
        select units.Select((u, i) => new ProportionUnit($"U{i}", (long)Math.Round(u.den * (0.6 + (0.4 * u.share / 1000.0))), u.den)).ToArray();

    private static readonly Gen<MeanUnit[]> Means =
        from k in Gen.Choose(1, 25)
        from units in (from n in Gen.Choose(0, 500) from m in Gen.Choose(-300, 300) select (n, m)).ArrayOf(k)
        select units.Select((u, i) => new MeanUnit($"M{i}", u.m / 10.0, u.n)).ToArray();

    private static readonly Gen<RatioUnit[]> Ratios =
        from k in Gen.Choose(1, 25)
        from units in (from e in Gen.Choose(0, 5000) from o in Gen.Choose(0, 600) select (e, o)).ArrayOf(k)
        select units.Select((u, i) => new RatioUnit($"R{i}", u.o, u.e / 10.0)).ToArray();

    private static readonly Gen<double[]> Sizes =
        Gen.Choose(1, 5000).ArrayOf().Select(a => a.Append(1).Append(2).Append(5000).Select(x => (double)x).ToArray());

    private static readonly Gen<OverdispersionAdjustment> Adjustments =
        Gen.Elements(OverdispersionAdjustment.None, OverdispersionAdjustment.Multiplicative, OverdispersionAdjustment.Additive);

    /// <summary>Builds a proportion chart, or null when the pooled target is 0 or 1 or no unit has a value (errors tested elsewhere).</summary>
    private static FunnelChart? TryProportions(ProportionUnit[] units, FunnelOptions options)
    {
        long n = units.Sum(u => u.Denominator), r = units.Sum(u => u.Numerator);
        return n == 0 || (options.Target is null && (r == 0 || r == n)) ? null : FunnelChart.ForProportions(units, options);
    }

    private static bool Monotone(FunnelChart chart)
    {
        var rows = chart.Limits;
        for (int i = 1; i < rows.Length; i++)
        {
            FunnelLimit small = rows[i - 1], large = rows[i];
            if (large.Lower95 < small.Lower95 - Tolerance || large.Lower998 < small.Lower998 - Tolerance
                || large.Upper95 > small.Upper95 + Tolerance || large.Upper998 > small.Upper998 + Tolerance)
            {
                return false;
            }
        }

        return Nested(chart);
    }

    private static bool Nested(FunnelChart chart) => chart.Limits.All(l =>
        l.Lower998 <= l.Lower95 + Tolerance && l.Lower95 <= l.Upper95 + Tolerance && l.Upper95 <= l.Upper998 + Tolerance);

    [Fact]
    public void Proportion_limits_widen_as_n_falls_and_are_monotone_in_n_for_normal_and_arcsine() =>
        Prop.ForAll(
            (from u in Proportions from s in Sizes from a in Adjustments from m in Gen.Elements(FunnelMethod.Normal, FunnelMethod.Arcsine)
             from t in Gen.Elements<double?>(null, 0.5, 0.93, 0.99)
             select (u, s, a, m, t)).ToArbitrary(),
            x => TryProportions(x.u, new FunnelOptions { LimitSizes = [.. x.s], Overdispersion = x.a, Method = x.m, Target = x.t }) is not { } chart
                || (Monotone(chart) && chart.Limits.All(l => l.Lower998 >= 0 && l.Upper998 <= 1))).Check(Config);

    [Fact]
    public void Exact_binomial_limits_are_nested_and_within_0_1_though_not_monotone() =>
        Prop.ForAll(
            (from u in Proportions from s in Sizes from t in Gen.Elements<double?>(null, 0.1, 0.93) select (u, s, t)).ToArbitrary(),
            x => TryProportions(x.u, new FunnelOptions { LimitSizes = [.. x.s.Take(20)], Method = FunnelMethod.ExactBinomial, Target = x.t }) is not { } chart
                || (Nested(chart) && chart.Limits.All(l => l.Lower998 >= 0 && l.Upper998 <= 1))).Check(Config);

    [Fact]
    public void Mean_limits_widen_as_n_falls_and_are_monotone_in_n() =>
        Prop.ForAll(
            (from u in Means from s in Sizes from a in Adjustments from sd in Gen.Choose(1, 100) select (u, s, a, sd)).ToArbitrary(),
            x => x.u.All(u => u.Size == 0)
                || Monotone(FunnelChart.ForMeans(x.u, x.sd / 10.0, new FunnelOptions { LimitSizes = [.. x.s], Overdispersion = x.a }))).Check(Config);

    [Fact]
    public void Ratio_limits_widen_as_e_falls_and_are_monotone_in_e() =>
        Prop.ForAll(
            (from u in Ratios from s in Sizes from t in Gen.Elements<double?>(null, 0.5, 2) select (u, s, t)).ToArbitrary(),
            x => x.u.All(u => u.Expected == 0)
                || Monotone(FunnelChart.ForRatios(x.u, new FunnelOptions { LimitSizes = [.. x.s.Select(e => e / 10)], Target = x.t }))).Check(Config);

    [Fact]
    public void Every_unit_appears_once_in_input_order_and_z_matches_the_side() =>
        Prop.ForAll(
            (from u in Proportions from a in Adjustments from m in Gen.Elements(FunnelMethod.Normal, FunnelMethod.Arcsine, FunnelMethod.ExactBinomial)
             select (u, a, m)).ToArbitrary(),
            x =>
            {
                OverdispersionAdjustment adjustment = x.m == FunnelMethod.ExactBinomial ? OverdispersionAdjustment.None : x.a;
                if (TryProportions(x.u, new FunnelOptions { Overdispersion = adjustment, Method = x.m }) is not { } chart)
                {
                    return true;
                }

                return chart.Units.Length == x.u.Length
                    && chart.Units.Select((r, i) => r.Index == i && r.Id == x.u[i].Id && r.Size == x.u[i].Denominator).All(b => b)
                    && chart.Units.All(r => r.HasValue == (r.Explanation is null) && r.HasValue == (r.Reason == FunnelNoValueReason.None) && (!r.HasValue || (
                        Math.Sign(r.ZScore!.Value) == Math.Sign(r.Value!.Value - chart.Target)
                        && (r.Outside95 != FunnelSide.Above || r.ZScore > 0)
                        && (r.Outside95 != FunnelSide.Below || r.ZScore < 0)
                        && (r.Outside998 == FunnelSide.None || r.Outside998 == r.Outside95))));
            }).Check(Config);

    [Fact]
    public void Additive_with_tau2_0_and_multiplicative_with_phi_at_most_1_equal_no_adjustment() =>
        Prop.ForAll(
            (from u in Means from spread in Gen.Choose(1, 100) select (u, spread)).ToArbitrary(),
            x =>
            {
                if (x.u.All(u => u.Size == 0))
                {
                    return true;
                }

                // A large SD makes phi small (tau^2 = 0) for many cases; a small one makes it large.
                double sigma = x.spread;
                FunnelChart none = FunnelChart.ForMeans(x.u, sigma, null);
                FunnelChart additive = FunnelChart.ForMeans(x.u, sigma, new FunnelOptions { Overdispersion = OverdispersionAdjustment.Additive });
                FunnelChart multiplicative = FunnelChart.ForMeans(x.u, sigma, new FunnelOptions { Overdispersion = OverdispersionAdjustment.Multiplicative });
                bool additiveSame = additive.Limits.SequenceEqual(none.Limits) && additive.Units.SequenceEqual(none.Units);
                bool multiplicativeSame = multiplicative.Limits.SequenceEqual(none.Limits) && multiplicative.Units.SequenceEqual(none.Units);
                return (additive.Tau2 > 0 || additiveSame) && (multiplicative.Phi > 1 || multiplicativeSame)
                    && additive.IsAdjusted == (additive.Tau2 > 0) && multiplicative.IsAdjusted == (multiplicative.Phi > 1);
            }).Check(Config);

    [Fact]
    public void Units_on_the_target_give_phi_0_and_tau2_0()
    {
        FunnelChart chart = FunnelChart.ForProportions(
            [new("A", 9, 10), new("B", 90, 100), new("C", 450, 500)],
            new FunnelOptions { Overdispersion = OverdispersionAdjustment.Additive, Method = FunnelMethod.Arcsine });
        Assert.Equal(0, chart.Phi, 12);
        Assert.Equal(0, chart.Tau2);
        Assert.Equal(
            FunnelChart.ForProportions([new("A", 9, 10), new("B", 90, 100), new("C", 450, 500)], new FunnelOptions { Method = FunnelMethod.Arcsine }).Limits,
            chart.Limits);
    }
}
