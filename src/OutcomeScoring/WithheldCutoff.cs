namespace OutcomeScoring;

/// <summary>
/// A cell of a cut-off table that the source prints but that is not used, because the value is doubtful (for example
/// two printed values contradict each other, or a cell repeats another): for the score, gender and ages it covers the
/// table gives no cut-off, and a lookup says why (<see cref="NoCutoffReason.Withheld"/> with <see cref="Reason"/>).
/// </summary>
/// <param name="ScoreId">The id of the score the withheld cell belongs to.</param>
/// <param name="Reason">A sentence for people saying why the published value is not used (for example "the paper's two values contradict each other").</param>
/// <param name="Gender">The gender the cell applies to, or <see langword="null"/> for everyone.</param>
/// <param name="MinimumAge">The lowest age (whole years) the cell applies to, or <see langword="null"/> for no lower limit.</param>
/// <param name="MaximumAge">The highest age (whole years) the cell applies to, or <see langword="null"/> for no upper limit.</param>
/// <remarks>
/// Immutable and thread-safe. Used for YP-CORE Di Biase et al. 2021 (boys 15-17) and CORE-OM Trujillo et al. 2016
/// (women's non-risk score); the reasons are in docs/instruments/yp-core.md and docs/instruments/core-om.md.
/// </remarks>
public sealed record WithheldCutoff(
    string ScoreId,
    string Reason,
    Gender? Gender = null,
    int? MinimumAge = null,
    int? MaximumAge = null)
{
    /// <summary>Gets whether the withheld cell covers a person of the given gender and age.</summary>
    /// <param name="gender">The person's gender, or <see langword="null"/> when unknown.</param>
    /// <param name="age">The person's age in whole years, or <see langword="null"/> when unknown.</param>
    /// <returns><see langword="true"/> when the cell covers the person.</returns>
    public bool AppliesTo(Gender? gender, int? age) =>
        (Gender is null || Gender == gender)
        && (MinimumAge is null || (age is { } a1 && a1 >= MinimumAge))
        && (MaximumAge is null || (age is { } a2 && a2 <= MaximumAge));

    /// <summary>Whether this cell and a row of the table could both apply to one person (same score, gender and an age in common).</summary>
    internal bool Overlaps(CutoffEntry entry) =>
        entry.ScoreId == ScoreId
        && (Gender is null || entry.Gender is null || Gender == entry.Gender)
        && (MinimumAge ?? int.MinValue) <= (entry.MaximumAge ?? int.MaxValue)
        && (entry.MinimumAge ?? int.MinValue) <= (MaximumAge ?? int.MaxValue);
}
