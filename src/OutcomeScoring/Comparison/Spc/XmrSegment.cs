namespace OutcomeScoring.Comparison;

/// <summary>One segment of an <see cref="XmrChart"/>: the points between rebase points, with the centre and limits computed from its baseline.</summary>
/// <remarks>Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT). Immutable and thread-safe.</remarks>
public readonly record struct XmrSegment
{
    internal XmrSegment(
        int index,
        int start,
        int count,
        int baselineCount,
        double centre,
        double averageMovingRange,
        double unscreenedAverageMovingRange,
        int movingRangesScreenedOut,
        double lowerLimit,
        double upperLimit,
        double lowerNearLimit,
        double upperNearLimit,
        bool isProvisional,
        TargetAssurance assurance)
    {
        Index = index;
        Start = start;
        Count = count;
        BaselineCount = baselineCount;
        Centre = centre;
        AverageMovingRange = averageMovingRange;
        UnscreenedAverageMovingRange = unscreenedAverageMovingRange;
        MovingRangesScreenedOut = movingRangesScreenedOut;
        LowerLimit = lowerLimit;
        UpperLimit = upperLimit;
        LowerNearLimit = lowerNearLimit;
        UpperNearLimit = upperNearLimit;
        IsProvisional = isProvisional;
        Assurance = assurance;
    }

    /// <summary>Gets the zero-based segment number.</summary>
    public int Index { get; }

    /// <summary>Gets the zero-based index of the segment's first point.</summary>
    public int Start { get; }

    /// <summary>Gets how many points the segment has (at least 2).</summary>
    public int Count { get; }

    /// <summary>Gets how many points at its start fixed the centre and limits.</summary>
    public int BaselineCount { get; }

    /// <summary>Gets the mean of the baseline points.</summary>
    public double Centre { get; }

    /// <summary>Gets the average moving range over the baseline, after screening when it is on.</summary>
    public double AverageMovingRange { get; }

    /// <summary>Gets the average of every baseline moving range, before screening.</summary>
    public double UnscreenedAverageMovingRange { get; }

    /// <summary>Gets how many baseline moving ranges were above 3.267 x the unscreened average and left out (0 when screening is off).</summary>
    public int MovingRangesScreenedOut { get; }

    /// <summary>Gets centre - 2.66 x <see cref="AverageMovingRange"/>.</summary>
    public double LowerLimit { get; }

    /// <summary>Gets centre + 2.66 x <see cref="AverageMovingRange"/>.</summary>
    public double UpperLimit { get; }

    /// <summary>Gets centre - 2/3 x 2.66 x <see cref="AverageMovingRange"/>.</summary>
    public double LowerNearLimit { get; }

    /// <summary>Gets centre + 2/3 x 2.66 x <see cref="AverageMovingRange"/>.</summary>
    public double UpperNearLimit { get; }

    /// <summary>Gets whether the limits come from fewer than 12 points and so are provisional (Making Data Count: say so).</summary>
    public bool IsProvisional { get; }

    /// <summary>Gets whether the process will consistently pass, consistently fail, or hit and miss the target; <see cref="TargetAssurance.None"/> without a target or for a neutral direction.</summary>
    public TargetAssurance Assurance { get; }
}
