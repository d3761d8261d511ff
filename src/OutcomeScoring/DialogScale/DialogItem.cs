namespace OutcomeScoring.DialogScale;

/// <summary>One DIALOG item: its meaning, MHSDS position, subscale and SNOMED CT concept id.</summary>
/// <param name="Domain">What the item is about.</param>
/// <param name="Subscale">The subscale it belongs to.</param>
/// <param name="SnomedCtConceptId">The SNOMED CT concept id (NHS Digital MHSDS reference data).</param>
/// <param name="Topic">A short tag (for example "job-situation"), as used in the instrument definition.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DialogItem(DialogDomain Domain, DialogSubscale Subscale, string SnomedCtConceptId, string Topic)
{
    /// <summary>Gets the item's position in MHSDS order (1-11).</summary>
    public int MhsdsPosition => (int)Domain;

    /// <summary>Gets the item's position in the given order (1-11).</summary>
    /// <param name="order">The order.</param>
    /// <returns>The position.</returns>
    public int PositionIn(DialogItemOrder order) => Dialog.PositionOf(Domain, order);
}
