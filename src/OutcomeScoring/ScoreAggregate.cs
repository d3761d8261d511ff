namespace OutcomeScoring;

/// <summary>How a score combines the keyed values of its answered items into its clinical score.</summary>
public enum ScoreAggregate
{
    /// <summary>
    /// The mean of the answered items times the instrument's clinical multiplier (prorated within the missing-item limit):
    /// CORE, DIALOG, and the sum-scored questionnaires whose multiplier is their item count (PHQ-9: mean x 9).
    /// </summary>
    Mean = 0,

    /// <summary>
    /// The sum of the answered items, never prorated: the clinical multiplier is not applied. For a total over the items
    /// that apply, where an item marked "not applicable" or "not known" lowers the maximum rather than being made up
    /// (WSAS with the work item not rated, maximum 32; HoNOS excluding scales rated 9; specs/mental-health-proms.md,
    /// sections 5 and 10).
    /// </summary>
    Sum = 1,

    /// <summary>
    /// The sum prorated to the score's full item count: the mean of the answered items times the number of the score's items,
    /// within the missing-item limit. A complete form gives its plain sum. The clinical multiplier is not applied. P3CEQ's
    /// optional missing-data rule (mean of the answered items x item count when at least 80% are answered;
    /// specs/integration-experience-utility.md, section 1).
    /// </summary>
    ProratedSum = 2,
}
