namespace OutcomeScoring;

/// <summary>
/// A score compared with a clinical cut-off: the cut-off on both scales and whether the score is in the
/// clinical range (at or above the cut-off), or why that cannot be said, as a code for programs
/// (<see cref="Reason"/>) and a sentence for people (<see cref="Explanation"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Made only by <see cref="InstrumentResult.CompareWithCutoff"/>;
/// <c>default(CutoffComparison)</c> is not a comparison.
/// </remarks>
public readonly record struct CutoffComparison
{
    internal CutoffComparison(CutoffLookup lookup, Score score, double? clinicalCutoff, bool? isInClinicalRange)
    {
        Lookup = lookup;
        Score = score;
        ClinicalCutoff = clinicalCutoff;
        IsInClinicalRange = isInClinicalRange;
    }

    /// <summary>Gets the cut-off lookup, with the table searched and the row found.</summary>
    public CutoffLookup Lookup { get; }

    /// <summary>Gets the score compared.</summary>
    public Score Score { get; }

    /// <summary>Gets the cut-off on the clinical scale, or <see langword="null"/> when there is none.</summary>
    public double? ClinicalCutoff { get; }

    /// <summary>Gets whether the score is at or above the cut-off, or <see langword="null"/> when there is no cut-off or no score.</summary>
    public bool? IsInClinicalRange { get; }

    /// <summary>Gets the cut-off on the item-mean scale, or <see langword="null"/> when there is none.</summary>
    public double? MeanCutoff => Lookup.Entry?.MeanCutoff;

    /// <summary>
    /// Gets why the comparison could not be made (no cut-off is reported before a score that is not computable), or
    /// <see cref="NoComparisonReason.None"/> when it was.
    /// </summary>
    public NoComparisonReason Reason =>
        !Lookup.Found ? NoComparisonReason.NoCutoff
        : !Score.IsComputable ? NoComparisonReason.ScoreNotComputable
        : NoComparisonReason.None;

    /// <summary>
    /// Gets a sentence saying why the comparison could not be made (the lookup's <see cref="CutoffLookup.Explanation"/>,
    /// else the score's <see cref="Score.Explanation"/>), or <see langword="null"/> when it was.
    /// </summary>
    public string? Explanation => Lookup.Explanation ?? Score.Explanation;
}
