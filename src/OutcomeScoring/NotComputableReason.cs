namespace OutcomeScoring;

/// <summary>Why a score could not be computed.</summary>
public enum NotComputableReason
{
    /// <summary>The score was computed.</summary>
    None = 0,

    /// <summary>More of the score's items were missing than its missing-item rule allows.</summary>
    TooManyItemsMissing = 1,

    /// <summary>Every item of the score that was not missing was "not applicable", so no item was left to score.</summary>
    NoItemApplicable = 2,
}
