namespace OutcomeScoring;

/// <summary>
/// A score compared with a clinical cut-off: the cut-off on both scales and whether the score is in the
/// clinical range (at or above the cut-off), or why that cannot be said.
/// </summary>
/// <param name="Lookup">The cut-off lookup, with the table searched and the row found.</param>
/// <param name="Score">The score compared.</param>
/// <param name="ClinicalCutoff">The cut-off on the clinical scale, or <see langword="null"/> when there is none.</param>
/// <param name="IsInClinicalRange">Whether the score is at or above the cut-off, or <see langword="null"/> when there is no cut-off or no score.</param>
public readonly record struct CutoffComparison(CutoffLookup Lookup, Score Score, double? ClinicalCutoff, bool? IsInClinicalRange)
{
    /// <summary>Gets the cut-off on the item-mean scale, or <see langword="null"/> when there is none.</summary>
    public double? MeanCutoff => Lookup.Entry?.MeanCutoff;

    /// <summary>Gets why the comparison could not be made, or <see langword="null"/> when it was.</summary>
    public string? Reason => Lookup.Reason ?? Score.Explanation;
}
