namespace OutcomeScoring.FriendsAndFamily;

/// <summary>
/// What is published about a suppressed unit (<see cref="FftUnitSummary.Publish"/>). Both modes suppress the same
/// units for the same reasons (<see cref="SuppressionReason"/>); they differ only in what a suppressed row still shows.
/// </summary>
public enum FftDisclosure
{
    /// <summary>
    /// Exactly NHS England's published format (nhsengland/fft_pipeline, suppression.py <c>suppress_values</c>): every
    /// suppressed row hides its six counts, a first-level row also hides its percentages, and the total is always
    /// published. A second-level or cascade row therefore shows its total and percentages, from which its counts of
    /// positive and negative responses follow (total x percentage), and with its parent's total the count of the
    /// first-level row it protects (docs/instruments/fft.md has a worked example).
    /// </summary>
    Nhse = 0,

    /// <summary>
    /// Nothing about a suppressed unit beyond its name and the reason: no counts, total, percentages or intervals.
    /// No suppressed unit's counts then follow by arithmetic from what is published (tested end to end).
    /// </summary>
    Strict = 1,
}
