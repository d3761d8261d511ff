namespace OutcomeScoring.Comparison;

/// <summary>Why a unit on a funnel has no value (<see cref="FunnelUnitResult.Reason"/>); such units are kept, never dropped.</summary>
public enum FunnelNoValueReason
{
    /// <summary>The unit has a value.</summary>
    None = 0,

    /// <summary>A proportion unit's denominator is 0.</summary>
    ZeroDenominator = 1,

    /// <summary>A mean unit's size (number of people) is 0.</summary>
    ZeroSize = 2,

    /// <summary>A ratio unit's expected count is 0.</summary>
    ZeroExpected = 3,
}
