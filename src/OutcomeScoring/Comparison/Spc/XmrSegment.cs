namespace OutcomeScoring.Comparison;

/// <summary>One segment of an <see cref="XmrChart"/>: the points between rebase points, with the centre and limits computed from its baseline.</summary>
/// <param name="Index">The zero-based segment number.</param>
/// <param name="Start">The zero-based index of the segment's first point.</param>
/// <param name="Count">How many points the segment has (at least 2).</param>
/// <param name="BaselineCount">How many points at its start fixed the centre and limits.</param>
/// <param name="Centre">The mean of the baseline points.</param>
/// <param name="AverageMovingRange">The average moving range over the baseline, after screening when it is on.</param>
/// <param name="UnscreenedAverageMovingRange">The average of every baseline moving range, before screening.</param>
/// <param name="MovingRangesScreenedOut">How many baseline moving ranges were above 3.267 x the unscreened average and left out (0 when screening is off).</param>
/// <param name="LowerLimit">Centre - 2.66 x <paramref name="AverageMovingRange"/>.</param>
/// <param name="UpperLimit">Centre + 2.66 x <paramref name="AverageMovingRange"/>.</param>
/// <param name="LowerNearLimit">Centre - 2/3 x 2.66 x <paramref name="AverageMovingRange"/>.</param>
/// <param name="UpperNearLimit">Centre + 2/3 x 2.66 x <paramref name="AverageMovingRange"/>.</param>
/// <param name="IsProvisional">Whether the limits come from fewer than 12 points and so are provisional (Making Data Count: say so).</param>
/// <param name="Assurance">Whether the process will consistently pass, consistently fail, or hit and miss the target; <see cref="TargetAssurance.None"/> without a target or for a neutral direction.</param>
/// <remarks>Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT). Immutable and thread-safe.</remarks>
public readonly record struct XmrSegment(
    int Index,
    int Start,
    int Count,
    int BaselineCount,
    double Centre,
    double AverageMovingRange,
    double UnscreenedAverageMovingRange,
    int MovingRangesScreenedOut,
    double LowerLimit,
    double UpperLimit,
    double LowerNearLimit,
    double UpperNearLimit,
    bool IsProvisional,
    TargetAssurance Assurance);
