using System.Diagnostics;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Comparison;

/// <summary>One point of an <see cref="XmrChart"/>: its value, moving range, its segment's centre and limits, and its signal.</summary>
/// <param name="Index">The zero-based position in the series.</param>
/// <param name="Label">The label given with the point, or <see langword="null"/>.</param>
/// <param name="Value">The value.</param>
/// <param name="Segment">The zero-based index of the segment (rebasing starts a new one) the point belongs to.</param>
/// <param name="MovingRange">|value - previous value|, or <see langword="null"/> for the first point of a segment.</param>
/// <param name="Centre">The segment's centre line (mean of its baseline points).</param>
/// <param name="LowerLimit">The segment's lower process limit, centre - 2.66 x average moving range.</param>
/// <param name="UpperLimit">The segment's upper process limit, centre + 2.66 x average moving range.</param>
/// <param name="LowerNearLimit">The inner edge of the lower near-limit band, 2/3 of the way from the centre to the lower limit.</param>
/// <param name="UpperNearLimit">The inner edge of the upper near-limit band, 2/3 of the way from the centre to the upper limit.</param>
/// <param name="Signal">Improvement, concern or neutral special cause by the improvement direction, or <see cref="SpecialCause.None"/>.</param>
/// <param name="Rule">The highest-precedence rule that applies (1 outside limits, 2 trend, 3 two of three near a limit, 4 shift), or <see cref="SpecialCauseRule.None"/>.</param>
/// <param name="Side">The side that rule points to (high or low), or <see cref="SpecialCauseSide.None"/>.</param>
/// <remarks>Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT). Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct XmrPoint(
    int Index,
    string? Label,
    double Value,
    int Segment,
    double? MovingRange,
    double Centre,
    double LowerLimit,
    double UpperLimit,
    double LowerNearLimit,
    double UpperNearLimit,
    SpecialCause Signal,
    SpecialCauseRule Rule,
    SpecialCauseSide Side)
{
    /// <summary>Gets whether the point shows special-cause variation.</summary>
    public bool IsSpecialCause => Rule != SpecialCauseRule.None;

    /// <summary>Describes the point for people.</summary>
    /// <returns>For example "2025-08: 0.883 (mean 0.91, limits 0.88-0.94), concern (shift)" or "2025-02: 0.93 (mean 0.91, limits 0.88-0.94), common cause".</returns>
    public override string ToString() =>
        $"{Label ?? "point " + Display.Whole(Index + 1)}: {Display.Number(Value)} (mean {Display.Number(Centre)}, limits {Display.Number(LowerLimit)}-{Display.Number(UpperLimit)}), "
        + (IsSpecialCause ? $"{Display.Words(Signal)} ({Display.Words(Rule)})" : "common cause");
}
