namespace OutcomeScoring.FriendsAndFamily;

/// <summary>Why an FFT row is suppressed before publication (NHS England; nhsengland/fft_pipeline suppression.py).</summary>
public enum SuppressionReason
{
    /// <summary>Not suppressed.</summary>
    None = 0,

    /// <summary>First level: the row has 1-4 responses. Counts and percentages are hidden.</summary>
    FirstLevel = 1,

    /// <summary>Second level: the next smallest sibling of a first-level suppressed row, so the parent total cannot reveal it. Counts are hidden.</summary>
    SecondLevel = 2,

    /// <summary>Cascade: one of the two smallest children of a suppressed parent. Counts are hidden.</summary>
    Cascade = 3,
}
