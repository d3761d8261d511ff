namespace OutcomeScoring.Comparison;

/// <summary>
/// How rule 3 (2 of 3 consecutive points near a process limit) is read. The sheet (specs/comparison.md) says
/// "2 of 3 consecutive points in the near-limit band on the same side of the centre"; implementations differ on
/// whether a point beyond the limit is "in the band" and whether the third point must be on the same side.
/// </summary>
public enum TwoOfThreeReading
{
    /// <summary>
    /// The default, as NHSRplotthedots (nhs-r-community, built with NHS England's Making Data Count team) reads it:
    /// a point counts as near only between 2/3 of the distance and the limit (a point beyond the limit is not near:
    /// rule 1 covers it), and all three points of the window must lie strictly on the same side of the centre (a point
    /// on the centre breaks the window). Example, centre 0 and limits +/-3 (near beyond +/-2): 2.5, 2.6, -0.1 is not a
    /// signal (the third point is below the centre); 2.5, 3.4, 0.5 is not (3.4 is outside the limits, so one point is
    /// near); 2.5, 2.6, 0.5 is.
    /// </summary>
    WithinLimitsSameSide = 0,

    /// <summary>
    /// The project's earlier reading: 2 or more of any 3 consecutive points beyond the same near-limit edge, points
    /// outside the limits included, whatever the third point. In the example above, all three windows signal.
    /// </summary>
    BeyondNearEdge = 1,
}
