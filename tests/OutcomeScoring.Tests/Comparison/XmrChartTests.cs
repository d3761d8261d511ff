using OutcomeScoring.Comparison;

namespace OutcomeScoring.Tests.Comparison;

/// <summary>
/// Worked XmR examples computed by hand against the comparison sheet's SPC section: limits, screening, each
/// special-cause rule alone, precedence, direction, target assurance, provisional limits and rebasing.
/// </summary>
public class XmrChartTests
{
    /// <summary>
    /// Twelve points alternating 1, -1: centre = 0 / 12 = 0; 11 moving ranges of 2, AMR = 22 / 11 = 2;
    /// limits 0 +/- 2.66 x 2 = +/- 5.32; near-limit edges +/- 2/3 x 5.32 = +/- 3.54666...
    /// Used with BaselineLength 12 so the points appended after it are judged against these fixed limits.
    /// </summary>
    private static readonly double[] Base = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1];

    private const double Tolerance = 1e-12;

    private static XmrChart Chart(double[] values, XmrOptions? options = null) => XmrChart.Compute(values, options ?? XmrOptions.Default);

    /// <summary>The base, then <paramref name="after"/>, with limits fixed from the base's 12 points.</summary>
    private static XmrChart AfterBase(double[] after, ImprovementDirection direction = ImprovementDirection.Neutral, TwoOfThreeReading twoOfThree = TwoOfThreeReading.WithinLimitsSameSide) =>
        Chart([.. Base, .. after], new XmrOptions { BaselineLength = 12, Direction = direction, TwoOfThree = twoOfThree });

    private static SpecialCauseRule[] Rules(XmrChart chart) => [.. chart.Points.Select(p => p.Rule)];

    private static SpecialCauseRule[] Expected(int count, params (int From, int To, SpecialCauseRule Rule)[] ranges)
    {
        var rules = new SpecialCauseRule[count];
        foreach ((int from, int to, SpecialCauseRule rule) in ranges)
        {
            for (int i = from; i <= to; i++)
            {
                rules[i] = rule;
            }
        }

        return rules;
    }

    [Fact]
    public void Limits_of_the_alternating_base_are_computed_exactly_and_nothing_is_signalled()
    {
        XmrChart chart = Chart(Base);
        XmrSegment s = Assert.Single(chart.Segments);
        Assert.Equal(0, s.Centre, Tolerance);
        Assert.Equal(2, s.AverageMovingRange, Tolerance);
        Assert.Equal(2, s.UnscreenedAverageMovingRange, Tolerance);
        Assert.Equal(0, s.MovingRangesScreenedOut);
        Assert.Equal(5.32, s.UpperLimit, Tolerance);
        Assert.Equal(-5.32, s.LowerLimit, Tolerance);
        Assert.Equal(5.32 * 2 / 3, s.UpperNearLimit, Tolerance);
        Assert.Equal(-5.32 * 2 / 3, s.LowerNearLimit, Tolerance);
        Assert.Equal((0, 12, 12), (s.Start, s.Count, s.BaselineCount));
        Assert.False(s.IsProvisional);
        Assert.False(chart.HasProvisionalLimits);
        Assert.Equal(TargetAssurance.None, s.Assurance);
        Assert.All(chart.Points, p => Assert.Equal((SpecialCause.None, SpecialCauseRule.None, SpecialCauseSide.None), (p.Signal, p.Rule, p.Side)));
        Assert.Null(chart.Points[0].MovingRange);
        Assert.All(chart.Points.Skip(1), p => Assert.Equal(2, p.MovingRange));
        Assert.All(chart.Points, p => Assert.Equal((s.Centre, s.LowerLimit, s.UpperLimit), (p.Centre, p.LowerLimit, p.UpperLimit)));
    }

    [Fact]
    public void Centre_and_limits_of_an_uneven_series()
    {
        // 2, 4, 3, 7, 4: centre = 20 / 5 = 4; MRs 2, 1, 4, 3, AMR = 10 / 4 = 2.5 (screening cut 3.267 x 2.5 = 8.17: none);
        // limits 4 +/- 2.66 x 2.5 = 4 +/- 6.65 = -2.65 and 10.65.
        XmrSegment s = Assert.Single(Chart([2, 4, 3, 7, 4]).Segments);
        Assert.Equal(4, s.Centre, Tolerance);
        Assert.Equal(2.5, s.AverageMovingRange, Tolerance);
        Assert.Equal(-2.65, s.LowerLimit, Tolerance);
        Assert.Equal(10.65, s.UpperLimit, Tolerance);
        Assert.True(s.IsProvisional);
    }

    [Fact]
    public void Labels_and_indexes_are_carried_through()
    {
        XmrChart chart = XmrChart.Compute([new SpcObservation(3, "2026-01"), new SpcObservation(5, "2026-02"), new SpcObservation(4)], null);
        Assert.Equal(["2026-01", "2026-02", null], chart.Points.Select(p => p.Label));
        Assert.Equal([0, 1, 2], chart.Points.Select(p => p.Index));
        Assert.Equal([null, 2.0, 1.0], chart.Points.Select(p => p.MovingRange));
        Assert.Same(XmrOptions.Default, chart.Options);
    }

    [Fact]
    public void Screening_leaves_out_the_huge_jump_and_tightens_the_limits()
    {
        // 10,12,10,12,10,12,40,12,10,12,10,12: sum 50 + 72 + 40 = 162, centre 13.5.
        // MRs: nine of 2 and two of 28 (into and out of 40): sum 74, unscreened AMR 74 / 11 = 6.727...
        // Screening: 3.267 x 74 / 11 = 21.98; both 28s are above, so AMR = 18 / 9 = 2 and limits 13.5 +/- 5.32.
        double[] values = [10, 12, 10, 12, 10, 12, 40, 12, 10, 12, 10, 12];
        XmrSegment screened = Chart(values).Segments[0];
        Assert.Equal(13.5, screened.Centre, Tolerance);
        Assert.Equal(74.0 / 11, screened.UnscreenedAverageMovingRange, Tolerance);
        Assert.Equal(2, screened.MovingRangesScreenedOut);
        Assert.Equal(2, screened.AverageMovingRange, Tolerance);
        Assert.Equal(8.18, screened.LowerLimit, Tolerance);
        Assert.Equal(18.82, screened.UpperLimit, Tolerance);

        // Without screening: AMR 74 / 11 and limits 13.5 +/- 2.66 x 74 / 11 = 13.5 +/- 17.894...
        XmrSegment unscreened = Chart(values, new XmrOptions { ScreenMovingRanges = false }).Segments[0];
        Assert.Equal(74.0 / 11, unscreened.AverageMovingRange, Tolerance);
        Assert.Equal(0, unscreened.MovingRangesScreenedOut);
        Assert.Equal(13.5 + (2.66 * 74 / 11), unscreened.UpperLimit, Tolerance);

        // 40 is outside either way. With screening the lower near edge is 13.5 - 3.5467 = 9.953, and 10 is above it;
        // the first six points (below 13.5) are one short of a shift.
        Assert.Equal(Expected(12, (6, 6, SpecialCauseRule.OutsideLimits)), Rules(Chart(values)));
    }

    [Fact]
    public void Rule_1_alone_a_point_above_the_upper_limit()
    {
        // Fixed limits +/- 5.32: 6 (index 12) is above, 5.32 exactly on the limit (index 15) is not outside, -6 (index 17)
        // is below. No two points beyond a near edge on one side fall within three consecutive points.
        XmrChart chart = AfterBase([6, 1, -1, 5.32, -1, -6, 1], ImprovementDirection.Increase);
        Assert.Equal(Expected(19, (12, 12, SpecialCauseRule.OutsideLimits), (17, 17, SpecialCauseRule.OutsideLimits)), Rules(chart));
        Assert.Equal((SpecialCause.Improvement, SpecialCauseSide.High), (chart.Points[12].Signal, chart.Points[12].Side));
        Assert.Equal((SpecialCause.Concern, SpecialCauseSide.Low), (chart.Points[17].Signal, chart.Points[17].Side));
        Assert.Equal(12, chart.Segments[0].BaselineCount);
        Assert.Equal(7, chart.Points[12].MovingRange);
    }

    [Fact]
    public void Rule_2_alone_seven_increasing_points_are_all_flagged_even_those_below_the_centre()
    {
        // After the base (..., 1, -1): -3, -2, -1, 0, 1, 2, 3 rises 6 times (7 points, indexes 12-18). None is beyond
        // the near edge 3.5467, 0 sits on the centre so no run of 7 on one side.
        XmrChart chart = AfterBase([-3, -2, -1, 0, 1, 2, 3, -1], ImprovementDirection.Increase);
        Assert.Equal(Expected(20, (12, 18, SpecialCauseRule.Trend)), Rules(chart));
        Assert.All(chart.Points.Skip(12).Take(7), p => Assert.Equal((SpecialCause.Improvement, SpecialCauseSide.High), (p.Signal, p.Side)));
    }

    [Fact]
    public void Rule_2_six_rising_points_are_not_a_trend()
    {
        XmrChart chart = AfterBase([-2, -1, 0, 1, 2, 3, -1]);
        Assert.DoesNotContain(SpecialCauseRule.Trend, Rules(chart));
    }

    [Fact]
    public void Rule_2_an_equal_neighbour_breaks_the_trend()
    {
        // -3, -2, -1, -1, 1, 2, 3: eight points but the repeated -1 splits them into rises of 3 and 4 points.
        XmrChart chart = AfterBase([-3, -2, -1, -1, 1, 2, 3, -1]);
        Assert.DoesNotContain(SpecialCauseRule.Trend, Rules(chart));
    }

    [Fact]
    public void Rule_2_a_falling_trend_is_low_and_a_peak_shared_by_two_trends_is_high()
    {
        // Base x 3 (alternating 3, -3): centre 0, AMR 6, limits +/- 15.96, near edges +/- 10.64.
        // Then -6, -4, ..., 6 rising (indexes 12-18) and 6, 4, ..., -6 falling (indexes 18-24): the peak 6 at index 18
        // ends the rise and starts the fall, and is reported high. No point nears a limit; 0 breaks every side run.
        double[] values = [.. Base.Select(v => 3 * v), -6, -4, -2, 0, 2, 4, 6, 4, 2, 0, -2, -4, -6];
        XmrChart chart = Chart(values, new XmrOptions { BaselineLength = 12, Direction = ImprovementDirection.Decrease });
        Assert.Equal(Expected(25, (12, 24, SpecialCauseRule.Trend)), Rules(chart));
        Assert.All(chart.Points.Skip(12).Take(7), p => Assert.Equal((SpecialCause.Concern, SpecialCauseSide.High), (p.Signal, p.Side)));
        Assert.All(chart.Points.Skip(19), p => Assert.Equal((SpecialCause.Improvement, SpecialCauseSide.Low), (p.Signal, p.Side)));
    }

    [Fact]
    public void Rule_3_alone_the_two_points_near_the_limit_are_flagged_and_the_one_between_is_not()
    {
        // Near edge 3.5467 < 4 < 5.32: indexes 12 and 14 are in the band on the high side, 13 (1) is not.
        // Later -4, 0, -4: the 0 sits on the centre, so as NHSRplotthedots reads rule 3 (the default) the window is not a
        // signal; the earlier reading flags both -4s. And 4, 0, 0, 4 (too far apart) does nothing either way.
        double[] after = [4, 1, 4, -1, 1, -4, 0, -4, 1, 4, 0, 0, 4, -1];
        XmrChart chart = AfterBase(after, ImprovementDirection.Increase);
        Assert.Equal(Expected(26, (12, 12, SpecialCauseRule.TwoOfThreeNearLimit), (14, 14, SpecialCauseRule.TwoOfThreeNearLimit)), Rules(chart));
        Assert.Equal((SpecialCause.Improvement, SpecialCauseSide.High), (chart.Points[12].Signal, chart.Points[12].Side));
        XmrChart earlier = AfterBase(after, ImprovementDirection.Increase, TwoOfThreeReading.BeyondNearEdge);
        Assert.Equal(
            Expected(26, (12, 12, SpecialCauseRule.TwoOfThreeNearLimit), (14, 14, SpecialCauseRule.TwoOfThreeNearLimit), (17, 17, SpecialCauseRule.TwoOfThreeNearLimit), (19, 19, SpecialCauseRule.TwoOfThreeNearLimit)),
            Rules(earlier));
        Assert.Equal((SpecialCause.Concern, SpecialCauseSide.Low), (earlier.Points[17].Signal, earlier.Points[17].Side));
    }

    [Theory]
    [InlineData(new[] { 4.5, 4.8, -0.5 }, false, true)]   // the third point is below the centre
    [InlineData(new[] { 4.5, 6.0, 0.5 }, false, true)]    // 6 is outside the limits (rule 1), so only one point is near
    [InlineData(new[] { 4.5, 4.8, 0.5 }, true, true)]
    public void Rule_3_as_NHSRplotthedots_reads_it_and_as_the_earlier_reading(double[] after, bool nhsr, bool earlier)
    {
        // The base ends -1 (index 11), which is below the centre, so only the window 12-14 can signal.
        bool Signals(TwoOfThreeReading reading) => Rules(AfterBase([.. after, -1], twoOfThree: reading))[12] == SpecialCauseRule.TwoOfThreeNearLimit;
        Assert.Equal((nhsr, earlier), (Signals(TwoOfThreeReading.WithinLimitsSameSide), Signals(TwoOfThreeReading.BeyondNearEdge)));
    }

    [Fact]
    public void Rule_3_needs_both_points_on_the_same_side()
    {
        // 4, 0, -4: one point beyond each near edge, none flagged.
        XmrChart chart = AfterBase([4, 0, -4, 1]);
        Assert.All(chart.Points, p => Assert.Equal(SpecialCauseRule.None, p.Rule));
    }

    [Fact]
    public void Rule_4_alone_seven_points_above_the_centre_are_all_flagged()
    {
        // Seven points of 0.5 (equal: no trend; below the near edge): a shift, indexes 12-18, high.
        XmrChart chart = AfterBase([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -1], ImprovementDirection.Decrease);
        Assert.Equal(Expected(20, (12, 18, SpecialCauseRule.Shift)), Rules(chart));
        Assert.All(chart.Points.Skip(12).Take(7), p => Assert.Equal((SpecialCause.Concern, SpecialCauseSide.High), (p.Signal, p.Side)));
    }

    [Fact]
    public void Rule_4_six_points_are_not_a_shift_and_a_point_on_the_centre_breaks_the_run()
    {
        // The base ends 1, -1, so points above the centre start a fresh run at index 12.
        Assert.DoesNotContain(SpecialCauseRule.Shift, Rules(AfterBase([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -1])));
        Assert.DoesNotContain(SpecialCauseRule.Shift, Rules(AfterBase([0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0.5, -1])));
    }

    [Fact]
    public void Precedence_outside_limits_beats_two_of_three_and_an_outside_point_counts_toward_it_only_in_the_earlier_reading()
    {
        // 4.5 is in the band; 6 is beyond the limit: in the earlier reading both count for rule 3, 4.5 reports rule 3 and
        // 6 rule 1. As NHSRplotthedots reads it (the default) 6 is not near, so only rule 1 remains.
        Assert.Equal(Expected(15, (12, 12, SpecialCauseRule.TwoOfThreeNearLimit), (13, 13, SpecialCauseRule.OutsideLimits)), Rules(AfterBase([4.5, 6, -1], twoOfThree: TwoOfThreeReading.BeyondNearEdge)));
        Assert.Equal(Expected(15, (13, 13, SpecialCauseRule.OutsideLimits)), Rules(AfterBase([4.5, 6, -1])));
    }

    [Fact]
    public void Precedence_outside_limits_beats_trend()
    {
        // -3, -2, -1, 0, 1, 3, 6 rises over indexes 12-18; 6 is above 5.32; 3 is below the near edge.
        XmrChart chart = AfterBase([-3, -2, -1, 0, 1, 3, 6]);
        Assert.Equal(Expected(19, (12, 17, SpecialCauseRule.Trend), (18, 18, SpecialCauseRule.OutsideLimits)), Rules(chart));
    }

    [Fact]
    public void Precedence_trend_beats_shift()
    {
        // From the base's last -1 (index 11): -1, 0.5, 1, 1.5, 2, 2.5, 3, 3.2 rises over indexes 11-18; then 3.2 again.
        // Indexes 12-19 are eight points above the centre (a shift); the repeated 3.2 ends the trend, so index 19 is
        // the only point that reports the shift.
        XmrChart chart = AfterBase([0.5, 1, 1.5, 2, 2.5, 3, 3.2, 3.2]);
        Assert.Equal(Expected(20, (11, 18, SpecialCauseRule.Trend), (19, 19, SpecialCauseRule.Shift)), Rules(chart));
    }

    [Fact]
    public void Precedence_two_of_three_beats_shift()
    {
        // 1, 1, 4, 4, 1, 1, 1: seven above the centre (shift) with 4, 4 beyond the near edge (rule 3). Ties: no trend.
        XmrChart chart = AfterBase([1, 1, 4, 4, 1, 1, 1, -1]);
        Assert.Equal(Expected(20, (12, 13, SpecialCauseRule.Shift), (14, 15, SpecialCauseRule.TwoOfThreeNearLimit), (16, 18, SpecialCauseRule.Shift)), Rules(chart));
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, SpecialCause.Improvement, SpecialCause.Concern)]
    [InlineData(ImprovementDirection.Decrease, SpecialCause.Concern, SpecialCause.Improvement)]
    [InlineData(ImprovementDirection.Neutral, SpecialCause.Neutral, SpecialCause.Neutral)]
    public void Direction_decides_improvement_or_concern(ImprovementDirection direction, SpecialCause high, SpecialCause low)
    {
        XmrChart chart = AfterBase([6, 1, -6, 1], direction);
        Assert.Equal((high, SpecialCauseSide.High), (chart.Points[12].Signal, chart.Points[12].Side));
        Assert.Equal((low, SpecialCauseSide.Low), (chart.Points[14].Signal, chart.Points[14].Side));
        Assert.Equal(SpecialCause.None, chart.Points[13].Signal);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 6.0, TargetAssurance.ConsistentlyFail)]
    [InlineData(ImprovementDirection.Increase, -6.0, TargetAssurance.ConsistentlyPass)]
    [InlineData(ImprovementDirection.Increase, 0.0, TargetAssurance.HitAndMiss)]
    [InlineData(ImprovementDirection.Increase, 5.32, TargetAssurance.HitAndMiss)]
    [InlineData(ImprovementDirection.Increase, -5.32, TargetAssurance.HitAndMiss)]
    [InlineData(ImprovementDirection.Decrease, 6.0, TargetAssurance.ConsistentlyPass)]
    [InlineData(ImprovementDirection.Decrease, -6.0, TargetAssurance.ConsistentlyFail)]
    [InlineData(ImprovementDirection.Decrease, 2.0, TargetAssurance.HitAndMiss)]
    [InlineData(ImprovementDirection.Neutral, 6.0, TargetAssurance.None)]
    [InlineData(ImprovementDirection.Neutral, 0.0, TargetAssurance.None)]
    public void Target_assurance_against_limits_of_plus_minus_5_32(ImprovementDirection direction, double target, TargetAssurance expected)
    {
        XmrChart chart = Chart(Base, new XmrOptions { Direction = direction, Target = target });
        Assert.Equal(expected, chart.Segments[0].Assurance);
    }

    [Fact]
    public void No_target_means_no_assurance()
    {
        Assert.Equal(TargetAssurance.None, Chart(Base, new XmrOptions { Direction = ImprovementDirection.Increase }).Segments[0].Assurance);
    }

    [Fact]
    public void Limits_from_fewer_than_12_points_are_provisional()
    {
        Assert.True(Chart(Base[..11]).Segments[0].IsProvisional);
        Assert.True(Chart(Base[..11]).HasProvisionalLimits);
        Assert.False(Chart(Base).Segments[0].IsProvisional);

        // Twenty points but limits fixed from the first 6: still provisional.
        XmrChart fixedEarly = Chart([.. Base, .. Base[..8]], new XmrOptions { BaselineLength = 6 });
        Assert.Equal(6, fixedEarly.Segments[0].BaselineCount);
        Assert.True(fixedEarly.Segments[0].IsProvisional);

        // A baseline longer than the segment uses the whole segment.
        Assert.Equal(5, Chart([1, 2, 3, 2, 1], new XmrOptions { BaselineLength = 12 }).Segments[0].BaselineCount);
    }

    [Fact]
    public void Rebasing_gives_each_segment_its_own_centre_and_limits()
    {
        // Base (centre 0, AMR 2) then 9, 11, 9, 11, 9, 11 from index 12: centre 60 / 6 = 10, MRs 2 x 5, AMR 2, limits 10 +/- 5.32.
        double[] values = [.. Base, 9, 11, 9, 11, 9, 11];
        XmrChart chart = Chart(values, new XmrOptions { RebaseAt = [12], Direction = ImprovementDirection.Increase, Target = 3 });
        Assert.Equal(2, chart.Segments.Length);
        XmrSegment second = chart.Segments[1];
        Assert.Equal((1, 12, 6, 6), (second.Index, second.Start, second.Count, second.BaselineCount));
        Assert.Equal(10, second.Centre, Tolerance);
        Assert.Equal(2, second.AverageMovingRange, Tolerance);
        Assert.Equal(4.68, second.LowerLimit, Tolerance);
        Assert.Equal(15.32, second.UpperLimit, Tolerance);
        Assert.True(second.IsProvisional);
        Assert.False(chart.Segments[0].IsProvisional);
        Assert.Equal(TargetAssurance.HitAndMiss, chart.Segments[0].Assurance);
        Assert.Equal(TargetAssurance.ConsistentlyPass, second.Assurance);
        Assert.Null(chart.Points[12].MovingRange);
        Assert.Equal(1, chart.Points[12].Segment);
        Assert.Equal(10, chart.Points[15].Centre, Tolerance);
        Assert.All(chart.Points, p => Assert.Equal(SpecialCauseRule.None, p.Rule));

        // Without the rebase the jump to 9-11 is special cause.
        Assert.Contains(Chart(values).Points, p => p.IsSpecialCause);
    }

    [Fact]
    public void Runs_do_not_cross_a_rebase_point()
    {
        // 0.5 x 4 at the end of segment 0 and 0.5 x 4 at the start of segment 1 would be a run of 8 on one chart.
        double[] first = [1, -1, 1, -1, 1, -1, 1, -1, 0.5, 0.5, 0.5, 0.5];
        double[] values = [.. first, .. first.Reverse()];
        XmrChart rebased = Chart(values, new XmrOptions { RebaseAt = [12] });
        Assert.DoesNotContain(SpecialCauseRule.Shift, Rules(rebased));
        Assert.Contains(SpecialCauseRule.Shift, Rules(Chart(values, new XmrOptions { BaselineLength = 8 })));
    }
}
