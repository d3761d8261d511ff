namespace OutcomeScoring.Experience;

/// <summary>
/// How P3CEQ's care-coordination subscale treats item 8, which the source says is scored differently without saying how
/// (specs/integration-experience-utility.md, section 1: flagged, a caller option).
/// </summary>
public enum CoordinationItem8
{
    /// <summary>Item 8 is scored like the other coordination items (the default, flagged): items 5-9, 0-15.</summary>
    ScoredLikeOthers = 0,

    /// <summary>Item 8 is left out of coordination: items 5, 6, 7 and 9, 0-12. Person-centredness still uses it.</summary>
    LeftOut = 1,
}
