namespace OutcomeScoring.Experience;

/// <summary>
/// How a P3CEQ subscale treats items not answered (blank, or don't know / not relevant). No published rule was found; both
/// are the recommendations of specs/integration-experience-utility.md, section 1.
/// </summary>
public enum P3ceqMissingData
{
    /// <summary>A subscale is computable only when all of its items are answered (the default).</summary>
    CompleteOnly = 0,

    /// <summary>Prorate: the mean of the answered items times the item count, when at least 80% of the items are answered.</summary>
    ProrateFromEightyPercent = 1,
}
