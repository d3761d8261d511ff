namespace OutcomeScoring.Comparison;

/// <summary>
/// The Making Data Count special-cause rules, numbered in their order of precedence: when several apply to a point,
/// the point reports the lowest-numbered one.
/// </summary>
/// <remarks>Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT).</remarks>
public enum SpecialCauseRule
{
    /// <summary>No rule applies.</summary>
    None = 0,

    /// <summary>Rule 1: the point lies strictly above the upper or strictly below the lower process limit.</summary>
    OutsideLimits = 1,

    /// <summary>
    /// Rule 2: the point is one of 7 or more consecutive points (within a segment) each strictly higher, or each strictly
    /// lower, than the one before. An equal neighbour breaks the trend. Every point of the run is flagged.
    /// </summary>
    Trend = 2,

    /// <summary>
    /// Rule 3: 2 of 3 consecutive points (within a segment) lie beyond 2/3 of the distance from the centre to a process
    /// limit, on the same side of the centre. The points beyond that edge are flagged; the third point is not.
    /// </summary>
    TwoOfThreeNearLimit = 3,

    /// <summary>
    /// Rule 4: the point is one of 7 or more consecutive points (within a segment) all strictly above, or all strictly
    /// below, the centre. A point exactly on the centre breaks the run. Every point of the run is flagged.
    /// </summary>
    Shift = 4,
}
