namespace OutcomeScoring.Comparison;

/// <summary>Whether a unit lies outside a funnel limit, and on which side. No value judgement: above is not better or worse.</summary>
/// <remarks>Comparisons are strict: a value exactly on a limit is inside (<see cref="None"/>).</remarks>
public enum FunnelSide
{
    /// <summary>Inside the limits (or on one), or the unit has no value.</summary>
    None = 0,

    /// <summary>Strictly above the upper limit.</summary>
    Above = 1,

    /// <summary>Strictly below the lower limit.</summary>
    Below = 2,
}
