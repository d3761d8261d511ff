using OutcomeScoring.Comparison;

namespace OutcomeScoring.Tests.Comparison;

/// <summary>Each kind of bad XmR input gives a specific error that names the parameter, the position and the value.</summary>
public class XmrBadInputTests
{
    private static readonly double[] Ten = [1, 2, 3, 2, 1, 2, 3, 2, 1, 2];

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void A_value_that_is_not_finite_names_the_index_label_and_value(double value, string shown)
    {
        SpcObservation[] points = [new(1, "2026-01"), new(2, "2026-02"), new(3, "2026-03"), new(value, "2026-04")];
        ArgumentException ex = Assert.Throws<ArgumentException>(() => XmrChart.Compute(points, null));
        Assert.Equal("points", ex.ParamName);
        Assert.Contains($"Point 3 ('2026-04') has value {shown}; every value on an XmR chart must be a finite number.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unlabelled_bad_value_names_the_index()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => XmrChart.Compute([1.0, double.NaN], null));
        Assert.Contains("Point 1 has value NaN", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_points()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => XmrChart.Compute(Array.Empty<double>(), null));
        Assert.Equal("points", ex.ParamName);
        Assert.Contains("needs at least 2 points to compute a moving range; no points were given", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_point_cannot_give_a_moving_range()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => XmrChart.Compute([5.0], null));
        Assert.Equal("points", ex.ParamName);
        Assert.Contains("Segment 0 (points 0-0) has 1 point; an XmR chart needs at least 2 points in each segment to compute a moving range.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebase_that_leaves_a_one_point_segment_names_the_segment()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => XmrChart.Compute(Ten, new XmrOptions { RebaseAt = [5, 6] }));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("Segment 1 (points 5-5) has 1 point; an XmR chart needs at least 2 points in each segment to compute a moving range; move or remove the rebase point.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentException>(() => XmrChart.Compute(Ten, new XmrOptions { RebaseAt = [9] }));
        Assert.Contains("Segment 1 (points 9-9) has 1 point", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-1)]
    public void A_rebase_index_out_of_range(int at)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => XmrChart.Compute(Ten, new XmrOptions { RebaseAt = [at] }));
        Assert.Equal("options", ex.ParamName);
        Assert.Equal(at, ex.ActualValue);
        Assert.Contains($"XmR option RebaseAt[0] is {at}; it must lie between 1 and 9 for a series of 10 points", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 3)]
    public void Rebase_indexes_not_strictly_increasing(int first, int second)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => XmrChart.Compute(Ten, new XmrOptions { RebaseAt = [first, second] }));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains($"XmR option RebaseAt is not strictly increasing: RebaseAt[1] = {second} follows RebaseAt[0] = {first}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void Baseline_shorter_than_two(int baseline)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => XmrChart.Compute(Ten, new XmrOptions { BaselineLength = baseline }));
        Assert.Equal("options", ex.ParamName);
        Assert.Equal(baseline, ex.ActualValue);
        Assert.Contains($"XmR option BaselineLength is {baseline}; it must be at least 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_direction_and_non_finite_target()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => XmrChart.Compute(Ten, new XmrOptions { Direction = 0 }));
        Assert.Contains("XmR option Direction is 0; it must be Increase, Decrease or Neutral.", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentOutOfRangeException>(() => XmrChart.Compute(Ten, new XmrOptions { Target = double.NaN }));
        Assert.Contains("XmR option Target is NaN; it must be a finite number or null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_series()
    {
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => XmrChart.Compute((IEnumerable<double>)null!, null)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentNullException>(() => XmrChart.Compute((IEnumerable<SpcObservation>)null!, null)).ParamName);
    }

    [Fact]
    public void A_default_rebase_array_means_no_rebasing()
    {
        XmrChart chart = XmrChart.Compute(Ten, new XmrOptions { RebaseAt = default });
        Assert.Single(chart.Segments);
    }

    [Fact]
    public void An_unknown_two_of_three_reading_is_refused_with_the_readings_there_are()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => XmrChart.Compute([1.0, 2.0, 3.0], new XmrOptions { TwoOfThree = (TwoOfThreeReading)9 }));
        Assert.Contains("WithinLimitsSameSide or BeyondNearEdge", ex.Message, StringComparison.Ordinal);
    }
}
