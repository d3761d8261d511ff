namespace OutcomeScoring.FriendsAndFamily;

/// <summary>The responses of one unit in one period.</summary>
/// <param name="Period">The period label (for example "2026-04").</param>
/// <param name="Unit">The unit's identifier.</param>
/// <param name="Parent">The unit above it, or <see langword="null"/>.</param>
/// <param name="Counts">The unit's own responses in the period.</param>
public readonly record struct FftPeriodCounts(string Period, string Unit, string? Parent, FftCounts Counts)
{
    /// <summary>Gets the number of people eligible to respond that the row covers, or <see langword="null"/> (see <see cref="FftUnitCounts.Eligible"/>).</summary>
    public long? Eligible { get; init; }
}
