using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Tests.Comparison;

/// <summary>
/// FsCheck properties of the XmR chart: shifting every value by c shifts centre and limits by c; scaling by a > 0
/// scales them; signals are unchanged by both; swapping Increase and Decrease swaps improvement and concern; a rebased
/// chart is the charts of its segments side by side.
/// </summary>
/// <remarks>
/// Series are integer random walks (steps -3..3, so ties, trends and runs all occur). Floating-point rounding can move a
/// point that lies exactly on a centre, limit or near-limit edge to the other side after a shift or a non-power-of-two
/// scale, so those two properties skip series with a point within 1e-9 (relative) of any of those lines.
/// </remarks>
public class XmrChartProperties
{
    private const int Cases = 1000;

    private static readonly Config Config = SuiteEffort.Properties(Cases);

    private static readonly Gen<double[]> Walks =
        from n in Gen.Choose(2, 40)
        from start in Gen.Choose(-50, 50)
        from steps in Gen.Choose(-3, 3).ArrayOf(n)
        select Walk(start, steps);

    private static readonly Gen<XmrOptions> Options =
        from direction in Gen.Elements(ImprovementDirection.Increase, ImprovementDirection.Decrease, ImprovementDirection.Neutral)
        from screen in Gen.Elements(true, false)
        from baseline in Gen.Elements<int?>(null, null, 2, 5, 12)
        from target in Gen.Elements<double?>(null, -20.5, 0.5, 30.5)
        select new XmrOptions { Direction = direction, ScreenMovingRanges = screen, BaselineLength = baseline, Target = target };

    private static double[] Walk(int start, int[] steps)
    {
        var values = new double[steps.Length];
        double y = start;
        for (int i = 0; i < steps.Length; i++)
        {
            y += steps[i];
            values[i] = y;
        }

        return values;
    }

    private static bool Close(double a, double b, double scale) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, scale);

    /// <summary>Whether a point lies within rounding distance of its centre, a limit or a near-limit edge.</summary>
    private static bool OnALine(XmrChart chart, double scale) => chart.Points.Any(p =>
        Close(p.Value, p.Centre, scale) || Close(p.Value, p.LowerLimit, scale) || Close(p.Value, p.UpperLimit, scale)
        || Close(p.Value, p.LowerNearLimit, scale) || Close(p.Value, p.UpperNearLimit, scale));

    private static bool SameSignals(XmrChart a, XmrChart b) =>
        a.Points.Zip(b.Points).All(p => p.First.Rule == p.Second.Rule && p.First.Side == p.Second.Side && p.First.Signal == p.Second.Signal);

    [Fact]
    public void Adding_a_constant_shifts_centre_and_limits_by_it_and_leaves_signals_unchanged()
    {
        int skipped = 0;
        Prop.ForAll(
            (from v in Walks from o in Options from c in Gen.Choose(-100_000, 100_000).Select(k => k / 10.0) select (v, o, c)).ToArbitrary(),
            x =>
            {
                (double[] values, XmrOptions options, double c) = x;
                XmrChart before = XmrChart.Compute(values, options with { Target = null });
                XmrChart after = XmrChart.Compute(values.Select(y => y + c), options with { Target = null });
                double scale = Math.Abs(c) + values.Max(Math.Abs);
                if (OnALine(before, scale))
                {
                    skipped++;
                    return true;
                }

                return before.Segments.Zip(after.Segments).All(s =>
                        Close(s.Second.Centre, s.First.Centre + c, scale)
                        && Close(s.Second.LowerLimit, s.First.LowerLimit + c, scale)
                        && Close(s.Second.UpperLimit, s.First.UpperLimit + c, scale)
                        && Close(s.Second.AverageMovingRange, s.First.AverageMovingRange, scale))
                    && SameSignals(before, after);
            }).Check(Config);
        Assert.True(skipped < Cases / 2, $"{skipped} of {Cases} series had a point on a line; the property was barely exercised.");
    }

    [Fact]
    public void Multiplying_by_a_positive_constant_scales_centre_and_limits_and_leaves_signals_unchanged()
    {
        int skipped = 0;
        Prop.ForAll(
            (from v in Walks from o in Options from a in Gen.Choose(1, 10_000).Select(k => k / 7.0) select (v, o, a)).ToArbitrary(),
            x =>
            {
                (double[] values, XmrOptions options, double a) = x;
                XmrChart before = XmrChart.Compute(values, options with { Target = null });
                XmrChart after = XmrChart.Compute(values.Select(y => y * a), options with { Target = null });
                double scale = values.Max(Math.Abs);
                if (OnALine(before, scale))
                {
                    skipped++;
                    return true;
                }

                return before.Segments.Zip(after.Segments).All(s =>
                        Close(s.Second.Centre, a * s.First.Centre, a * scale)
                        && Close(s.Second.LowerLimit, a * s.First.LowerLimit, a * scale)
                        && Close(s.Second.UpperLimit, a * s.First.UpperLimit, a * scale))
                    && SameSignals(before, after);
            }).Check(Config);
        Assert.True(skipped < Cases / 2, $"{skipped} of {Cases} series had a point on a line; the property was barely exercised.");
    }

    [Fact]
    public void Multiplying_by_a_power_of_two_scales_everything_exactly() =>
        Prop.ForAll(
            (from v in Walks from o in Options from k in Gen.Choose(-8, 8) select (v, o, Math.ScaleB(1, k))).ToArbitrary(),
            x =>
            {
                (double[] values, XmrOptions options, double a) = x;
                XmrChart before = XmrChart.Compute(values, options with { Target = null });
                XmrChart after = XmrChart.Compute(values.Select(y => y * a), options with { Target = null });
                return before.Segments.Zip(after.Segments).All(s =>
                        s.Second.Centre == a * s.First.Centre && s.Second.UpperLimit == a * s.First.UpperLimit
                        && s.Second.LowerLimit == a * s.First.LowerLimit && s.Second.UpperNearLimit == a * s.First.UpperNearLimit)
                    && SameSignals(before, after);
            }).Check(Config);

    [Fact]
    public void Swapping_increase_and_decrease_swaps_improvement_and_concern_and_pass_and_fail() =>
        Prop.ForAll(
            (from v in Walks from o in Options select (v, o)).ToArbitrary(),
            x =>
            {
                (double[] values, XmrOptions options) = x;
                XmrChart up = XmrChart.Compute(values, options with { Direction = ImprovementDirection.Increase });
                XmrChart down = XmrChart.Compute(values, options with { Direction = ImprovementDirection.Decrease });
                return up.Points.Zip(down.Points).All(p =>
                        p.First.Rule == p.Second.Rule && p.First.Side == p.Second.Side && p.First.Signal == Swap(p.Second.Signal))
                    && up.Segments.Zip(down.Segments).All(s => s.First.Assurance == Swap(s.Second.Assurance));
            }).Check(Config);

    [Fact]
    public void A_rebased_chart_is_its_segments_charted_separately() =>
        Prop.ForAll(
            (from a in Walks from b in Walks from o in Options select (a, b, o)).ToArbitrary(),
            x =>
            {
                (double[] first, double[] second, XmrOptions options) = x;
                XmrChart whole = XmrChart.Compute([.. first, .. second], options with { RebaseAt = [first.Length] });
                XmrChart[] parts = [XmrChart.Compute(first, options), XmrChart.Compute(second, options)];
                XmrPoint[] joined = [.. parts[0].Points, .. parts[1].Points.Select(p => InSecondSegment(p, first.Length))];
                return whole.Points.SequenceEqual(joined)
                    && whole.Segments[0] == parts[0].Segments[0]
                    && whole.Segments[1] == AsSecondSegment(parts[1].Segments[0], first.Length);
            }).Check(Config);

    // Results have internal constructors; the tests build the expected second segment through them.
    private static XmrPoint InSecondSegment(XmrPoint p, int shift) =>
        new(p.Index + shift, p.Label, p.Value, 1, p.MovingRange, p.Centre, p.LowerLimit, p.UpperLimit, p.LowerNearLimit, p.UpperNearLimit, p.Signal, p.Rule, p.Side);

    private static XmrSegment AsSecondSegment(XmrSegment s, int start) =>
        new(1, start, s.Count, s.BaselineCount, s.Centre, s.AverageMovingRange, s.UnscreenedAverageMovingRange, s.MovingRangesScreenedOut, s.LowerLimit, s.UpperLimit, s.LowerNearLimit, s.UpperNearLimit, s.IsProvisional, s.Assurance);

    private static SpecialCause Swap(SpecialCause signal) => signal switch
    {
        SpecialCause.Improvement => SpecialCause.Concern,
        SpecialCause.Concern => SpecialCause.Improvement,
        _ => signal,
    };

    private static TargetAssurance Swap(TargetAssurance assurance) => assurance switch
    {
        TargetAssurance.ConsistentlyPass => TargetAssurance.ConsistentlyFail,
        TargetAssurance.ConsistentlyFail => TargetAssurance.ConsistentlyPass,
        _ => assurance,
    };
}
