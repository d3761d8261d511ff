namespace OutcomeScoring;

/// <summary>Which way along an instrument's scores is better for the person.</summary>
/// <remarks>
/// Change classification follows it: for CORE measures a fall is improvement (Jacobson and Truax 1991 as
/// applied by Evans et al. 1998); for DIALOG and activation a rise is improvement.
/// </remarks>
public enum ScoreDirection
{
    /// <summary>A lower score is better (CORE family: higher means more distress).</summary>
    LowerIsBetter = 0,

    /// <summary>A higher score is better.</summary>
    HigherIsBetter = 1,
}
