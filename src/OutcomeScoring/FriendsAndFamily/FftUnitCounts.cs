namespace OutcomeScoring.FriendsAndFamily;

/// <summary>The responses of one unit (a ward, a site, a team) and the unit above it, as input to a report.</summary>
/// <param name="Unit">The unit's identifier.</param>
/// <param name="Parent">The identifier of the unit above it, or <see langword="null"/> for a top-level unit.</param>
/// <param name="Counts">The unit's own responses.</param>
public readonly record struct FftUnitCounts(string Unit, string? Parent, FftCounts Counts)
{
    /// <summary>
    /// Gets the number of people eligible to respond that the row covers (NHS England's "Total Eligible"), or
    /// <see langword="null"/> when not known. Summed up the hierarchy like the counts; a unit's eligible count is known
    /// only when every row at or below it gives one.
    /// </summary>
    public long? Eligible { get; init; }
}
