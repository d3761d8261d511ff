using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace OutcomeScoring.Comparison;

/// <summary>
/// A statistical process control XmR chart (individuals and moving range) read with the NHS England Making Data Count
/// rules: centre and process limits per segment, moving-range screening, the four special-cause rules in precedence,
/// improvement or concern by the measure's direction, target assurance, provisional limits under 12 points and rebasing.
/// </summary>
/// <remarks>
/// <para>
/// Per segment: centre = mean of the baseline points; MR_t = |y_t - y_(t-1)| within the segment; AMR = mean of the
/// baseline MRs, and with screening MRs above 3.267 x AMR are left out and AMR recomputed; limits centre +/- 2.66 x AMR;
/// near-limit band beyond 2/3 of that distance. Rules (precedence 1 &gt; 2 &gt; 3 &gt; 4) are described on
/// <see cref="SpecialCauseRule"/>; runs and windows never cross a rebase point.
/// </para>
/// <para>
/// Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT). Comparing providers or units with
/// these charts is exploratory. Pure and deterministic: no clocks, no dates. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class XmrChart
{
    /// <summary>The process-limit factor, 3 / d2 with d2 = 1.128 for moving ranges of two points (rounded to 2.66).</summary>
    public const double LimitFactor = 2.66;

    /// <summary>The moving-range screening factor: the upper range limit D4 = 3.267 for ranges of two points.</summary>
    public const double ScreeningFactor = 3.267;

    /// <summary>Limits computed from fewer than this many points are provisional.</summary>
    public const int MinimumPointsForFirmLimits = 12;

    private XmrChart(XmrOptions options, ImmutableArray<XmrPoint> points, ImmutableArray<XmrSegment> segments)
    {
        Options = options;
        Points = points;
        Segments = segments;
    }

    /// <summary>Gets the options the chart was computed with.</summary>
    public XmrOptions Options { get; }

    /// <summary>Gets every point, in the order given, with its segment's limits and its signal.</summary>
    public ImmutableArray<XmrPoint> Points { get; }

    /// <summary>Gets the segments (one, plus one per rebase point), in order.</summary>
    public ImmutableArray<XmrSegment> Segments { get; }

    /// <summary>Gets whether any segment's limits are provisional (computed from fewer than 12 points).</summary>
    public bool HasProvisionalLimits => Segments.Any(s => s.IsProvisional);

    /// <summary>Describes the chart for people: points, segments, special causes and assurance.</summary>
    /// <returns>For example "XmR chart: 20 points, 1 segment, mean 0.91, limits 0.88-0.94; 8 special-cause points (concern 8); target hit and miss".</returns>
    public override string ToString()
    {
        XmrSegment last = Segments[^1];
        int special = Points.Count(p => p.IsSpecialCause);
        string signals = special == 0 ? "no special-cause points" : $"{Internal.Display.Whole(special)} special-cause points ("
            + string.Join(", ", Points.Where(p => p.IsSpecialCause).GroupBy(p => p.Signal).OrderBy(g => g.Key).Select(g => $"{Internal.Display.Words(g.Key)} {Internal.Display.Whole(g.Count())}")) + ")";
        return $"XmR chart: {Internal.Display.Whole(Points.Length)} points, {Internal.Display.Whole(Segments.Length)} {Internal.Display.Plural("segment", Segments.Length)}, "
            + $"{(Segments.Length == 1 ? "" : "last ")}mean {Internal.Display.Number(last.Centre)}, limits {Internal.Display.Number(last.LowerLimit)}-{Internal.Display.Number(last.UpperLimit)}"
            + $"{(HasProvisionalLimits ? " (provisional)" : "")}; {signals}"
            + (last.Assurance == TargetAssurance.None ? "" : $"; target {Internal.Display.Words(last.Assurance)}");
    }

    /// <summary>Computes the chart for unlabelled values.</summary>
    /// <param name="values">The values in time order; each must be finite.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="XmrOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite; a segment has fewer than 2 points; the rebase points are not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it and its value).</exception>
    [Pure]
    public static XmrChart Compute(IEnumerable<double> values, XmrOptions? options)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Compute(values.Select(v => new SpcObservation(v)), options);
    }

    /// <summary>Computes the chart for labelled points.</summary>
    /// <param name="points">The points in time order; each value must be finite.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="XmrOptions.Default"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite; a segment has fewer than 2 points; the rebase points are not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it and its value).</exception>
    [Pure]
    public static XmrChart Compute(IEnumerable<SpcObservation> points, XmrOptions? options)
    {
        ArgumentNullException.ThrowIfNull(points);
        options ??= XmrOptions.Default;
        options.Validate();

        SpcObservation[] series = [.. points];
        if (series.Length == 0)
        {
            ThrowEmpty();
        }

        for (int i = 0; i < series.Length; i++)
        {
            if (!double.IsFinite(series[i].Value))
            {
                ThrowValue(i, series[i]);
            }
        }

        options.ValidateRebase(series.Length);
        ImmutableArray<int> rebase = options.RebaseAt.IsDefault ? [] : options.RebaseAt;

        var pointResults = new XmrPoint[series.Length];
        var segments = ImmutableArray.CreateBuilder<XmrSegment>(rebase.Length + 1);
        for (int k = 0; k <= rebase.Length; k++)
        {
            int start = k == 0 ? 0 : rebase[k - 1];
            int end = k == rebase.Length ? series.Length : rebase[k];
            if (end - start < 2)
            {
                ThrowShortSegment(k, start, end, rebase.Length > 0);
            }

            segments.Add(ComputeSegment(k, start, end, series, options, pointResults));
        }

        return new XmrChart(options, ImmutableArray.Create(pointResults), segments.MoveToImmutable());
    }

    private static XmrSegment ComputeSegment(int index, int start, int end, SpcObservation[] series, XmrOptions options, XmrPoint[] results)
    {
        int count = end - start;
        int baseline = Math.Min(options.BaselineLength ?? count, count);

        double sum = 0;
        for (int t = start; t < start + baseline; t++)
        {
            sum += series[t].Value;
        }

        double centre = sum / baseline;

        double mrSum = 0;
        for (int t = start + 1; t < start + baseline; t++)
        {
            mrSum += Math.Abs(series[t].Value - series[t - 1].Value);
        }

        double unscreened = mrSum / (baseline - 1);
        double amr = unscreened;
        int screenedOut = 0;
        if (options.ScreenMovingRanges)
        {
            double keptSum = 0;
            double cut = ScreeningFactor * unscreened;
            for (int t = start + 1; t < start + baseline; t++)
            {
                double mr = Math.Abs(series[t].Value - series[t - 1].Value);
                if (mr > cut)
                {
                    screenedOut++;
                }
                else
                {
                    keptSum += mr;
                }
            }

            // At least one MR is never above the mean, so at least one is kept.
            amr = keptSum / (baseline - 1 - screenedOut);
        }

        double distance = LimitFactor * amr;
        double nearDistance = distance * 2.0 / 3.0;
        var limits = new XmrLimits(centre, centre - distance, centre + distance, centre - nearDistance, centre + nearDistance);

        Span<SpecialCauseRule> rules = count <= 256 ? stackalloc SpecialCauseRule[count] : new SpecialCauseRule[count];
        Span<SpecialCauseSide> sides = count <= 256 ? stackalloc SpecialCauseSide[count] : new SpecialCauseSide[count];
        XmrRules.Apply(series.AsSpan(start, count), limits, rules, sides, options.TwoOfThree);

        for (int i = 0; i < count; i++)
        {
            int t = start + i;
            results[t] = new XmrPoint(
                t,
                series[t].Label,
                series[t].Value,
                index,
                i == 0 ? null : Math.Abs(series[t].Value - series[t - 1].Value),
                centre,
                limits.Lower,
                limits.Upper,
                limits.LowerNear,
                limits.UpperNear,
                Judge(sides[i], options.Direction),
                rules[i],
                sides[i]);
        }

        return new XmrSegment(
            index,
            start,
            count,
            baseline,
            centre,
            amr,
            unscreened,
            screenedOut,
            limits.Lower,
            limits.Upper,
            limits.LowerNear,
            limits.UpperNear,
            baseline < MinimumPointsForFirmLimits,
            Assure(options, limits));
    }

    private static SpecialCause Judge(SpecialCauseSide side, ImprovementDirection direction) => (side, direction) switch
    {
        (SpecialCauseSide.None, _) => SpecialCause.None,
        (_, ImprovementDirection.Neutral) => SpecialCause.Neutral,
        (SpecialCauseSide.High, ImprovementDirection.Increase) or (SpecialCauseSide.Low, ImprovementDirection.Decrease) => SpecialCause.Improvement,
        _ => SpecialCause.Concern,
    };

    private static TargetAssurance Assure(XmrOptions options, XmrLimits limits)
    {
        if (options.Target is not { } target || options.Direction == ImprovementDirection.Neutral)
        {
            return TargetAssurance.None;
        }

        bool increase = options.Direction == ImprovementDirection.Increase;
        if (target > limits.Upper)
        {
            return increase ? TargetAssurance.ConsistentlyFail : TargetAssurance.ConsistentlyPass;
        }

        if (target < limits.Lower)
        {
            return increase ? TargetAssurance.ConsistentlyPass : TargetAssurance.ConsistentlyFail;
        }

        return TargetAssurance.HitAndMiss;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowValue(int index, SpcObservation point, string paramName = "points") =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Point {index}{(point.Label is null ? "" : $" ('{point.Label}')")} has value {point.Value}; every value on an XmR chart must be a finite number."),
            paramName);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowEmpty(string paramName = "points") =>
        throw new ArgumentException("An XmR chart needs at least 2 points to compute a moving range; no points were given.", paramName);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowShortSegment(int segment, int start, int end, bool rebased) =>
        throw new ArgumentException(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Segment {segment} (points {start}-{end - 1}) has {end - start} {Internal.Display.Plural("point", end - start)}; an XmR chart needs at least 2 points in each segment to compute a moving range{(rebased ? "; move or remove the rebase point" : "")}."),
            rebased ? "options" : "points");
}
