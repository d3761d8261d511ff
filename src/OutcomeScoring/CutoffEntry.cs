namespace OutcomeScoring;

/// <summary>
/// One row of a cut-off table: the clinical cut-off, on the item-mean scale, for one score and optionally
/// one gender and an age range.
/// </summary>
/// <param name="ScoreId">The id of the score the cut-off applies to.</param>
/// <param name="MeanCutoff">The cut-off on the item-mean scale (CORE: 0-4), as published.</param>
/// <param name="Gender">The gender the row applies to, or <see langword="null"/> for everyone.</param>
/// <param name="MinimumAge">The lowest age (whole years) the row applies to, or <see langword="null"/> for no lower limit.</param>
/// <param name="MaximumAge">The highest age (whole years) the row applies to, or <see langword="null"/> for no upper limit.</param>
/// <param name="ReliableChangeMean">The reliable change index the same source gives, on the item-mean scale, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CutoffEntry(
    string ScoreId,
    double MeanCutoff,
    Gender? Gender = null,
    int? MinimumAge = null,
    int? MaximumAge = null,
    double? ReliableChangeMean = null)
{
    /// <summary>Gets whether the row applies to a person of the given gender and age.</summary>
    /// <param name="gender">The person's gender, or <see langword="null"/> when unknown.</param>
    /// <param name="age">The person's age in whole years, or <see langword="null"/> when unknown.</param>
    /// <returns><see langword="true"/> when the row applies.</returns>
    public bool AppliesTo(Gender? gender, int? age) =>
        (Gender is null || Gender == gender)
        && (MinimumAge is null || (age is { } a1 && a1 >= MinimumAge))
        && (MaximumAge is null || (age is { } a2 && a2 <= MaximumAge));

    /// <summary>The cut-off on a clinical scale: the published decimal times the multiplier, scaled exactly.</summary>
    internal double ToClinical(double clinicalMultiplier) => (double)((decimal)MeanCutoff * (decimal)clinicalMultiplier);
}
