using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Comparison;

/// <summary>One point of an <see cref="XmrChart"/>: its value, moving range, its segment's centre and limits, and its signal.</summary>
/// <remarks>Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT). Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct XmrPoint
{
    internal XmrPoint(
        int index,
        string? label,
        double value,
        int segment,
        double? movingRange,
        double centre,
        double lowerLimit,
        double upperLimit,
        double lowerNearLimit,
        double upperNearLimit,
        SpecialCause signal,
        SpecialCauseRule rule,
        SpecialCauseSide side)
    {
        Index = index;
        Label = label;
        Value = value;
        Segment = segment;
        MovingRange = movingRange;
        Centre = centre;
        LowerLimit = lowerLimit;
        UpperLimit = upperLimit;
        LowerNearLimit = lowerNearLimit;
        UpperNearLimit = upperNearLimit;
        Signal = signal;
        Rule = rule;
        Side = side;
    }

    /// <summary>Gets the zero-based position in the series.</summary>
    public int Index { get; }

    /// <summary>Gets the label given with the point, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <summary>Gets the zero-based index of the segment (rebasing starts a new one) the point belongs to.</summary>
    public int Segment { get; }

    /// <summary>Gets |value - previous value|, or <see langword="null"/> for the first point of a segment.</summary>
    public double? MovingRange { get; }

    /// <summary>Gets the segment's centre line (mean of its baseline points).</summary>
    public double Centre { get; }

    /// <summary>Gets the segment's lower process limit, centre - 2.66 x average moving range.</summary>
    public double LowerLimit { get; }

    /// <summary>Gets the segment's upper process limit, centre + 2.66 x average moving range.</summary>
    public double UpperLimit { get; }

    /// <summary>Gets the inner edge of the lower near-limit band, 2/3 of the way from the centre to the lower limit.</summary>
    public double LowerNearLimit { get; }

    /// <summary>Gets the inner edge of the upper near-limit band, 2/3 of the way from the centre to the upper limit.</summary>
    public double UpperNearLimit { get; }

    /// <summary>Gets the signal: improvement, concern or neutral special cause by the improvement direction, or <see cref="SpecialCause.None"/>.</summary>
    public SpecialCause Signal { get; }

    /// <summary>Gets the highest-precedence rule that applies (1 outside limits, 2 trend, 3 two of three near a limit, 4 shift), or <see cref="SpecialCauseRule.None"/>.</summary>
    public SpecialCauseRule Rule { get; }

    /// <summary>Gets the side that rule points to (high or low), or <see cref="SpecialCauseSide.None"/>.</summary>
    public SpecialCauseSide Side { get; }

    /// <summary>Gets whether the point shows special-cause variation.</summary>
    public bool IsSpecialCause => Rule != SpecialCauseRule.None;

    /// <summary>Describes the point for people.</summary>
    /// <returns>For example "2025-08: 0.883 (mean 0.91, limits 0.88-0.94), concern (shift)" or "2025-02: 0.93 (mean 0.91, limits 0.88-0.94), common cause".</returns>
    public override string ToString() =>
        $"{Label ?? "point " + Display.Whole(Index + 1)}: {Display.Number(Value)} (mean {Display.Number(Centre)}, limits {Display.Number(LowerLimit)}-{Display.Number(UpperLimit)}), "
        + (IsSpecialCause ? $"{Display.Words(Signal)} ({Display.Words(Rule)})" : "common cause");
}
