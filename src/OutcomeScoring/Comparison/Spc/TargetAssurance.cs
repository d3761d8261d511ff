namespace OutcomeScoring.Comparison;

/// <summary>Whether a segment's process can be relied on to meet a target, read from where the target lies against its limits.</summary>
/// <remarks>
/// For <see cref="ImprovementDirection.Increase"/>: a target above the upper limit will consistently fail, below the lower
/// limit will consistently pass. For <see cref="ImprovementDirection.Decrease"/> the opposite. A target between the limits,
/// or exactly on one, is hit and miss. Sources: NHS England, "Making Data Count" (assurance icons); NHSRplotthedots
/// (nhs-r-community, MIT), <c>ptd_calculate_assurance_type</c>.
/// </remarks>
public enum TargetAssurance
{
    /// <summary>No assurance: no target was given, or the improvement direction is neutral.</summary>
    None = 0,

    /// <summary>The target lies beyond the limit on the worse side: the process will consistently pass it.</summary>
    ConsistentlyPass = 1,

    /// <summary>The target lies beyond the limit on the better side: the process will consistently fail it unless it changes.</summary>
    ConsistentlyFail = 2,

    /// <summary>The target lies between the process limits (inclusive): the process will sometimes meet it and sometimes not.</summary>
    HitAndMiss = 3,
}
