namespace OutcomeScoring;

/// <summary>
/// One item of an instrument: its number on the form, a short topic tag (never the copyrighted wording),
/// how it is keyed, and whether it is a risk item.
/// </summary>
/// <param name="Number">The item's number on the form, counting from 1.</param>
/// <param name="Topic">A short tag naming what the item is about (for example "sleep"); not the item text.</param>
/// <param name="Keying">Whether the item is reverse scored.</param>
/// <param name="IsRisk">
/// Whether any scored value above the scale minimum on this item should be flagged to the caller
/// (CORE risk items).
/// </param>
/// <remarks>Immutable and thread-safe. Validated when an <see cref="Instrument"/> is built from it.</remarks>
public sealed record Item(int Number, string Topic, ItemKeying Keying = ItemKeying.Direct, bool IsRisk = false)
{
    /// <summary>
    /// Gets whether the form offers "not applicable" for this item (DIALOG's "no medication", PAM-13's N/A).
    /// A not-applicable answer is never scored: it counts as not answered for the missing-item rule, but form
    /// readers keep it distinct from a blank so that it can be counted and reported.
    /// </summary>
    /// <value><see langword="false"/> unless the definition says the form offers it.</value>
    public bool AllowsNotApplicable { get; init; }

    /// <summary>Gets the item's public codes (DIALOG's MHSDS SNOMED CT concepts), the preferred one first; none by default.</summary>
    /// <value>Codes whose <see cref="PublicCode.Value"/> is <see cref="CodedValue.Answer"/>.</value>
    public System.Collections.Immutable.ImmutableArray<PublicCode> Codes { get; init; } = [];

    /// <summary>
    /// Gets the points each answer on the response scale scores, lowest answer first, when they are not the answer itself:
    /// a value map from the option ticked to its score. ASCOF 1A reads the position of the option ticked (1-4) and scores it
    /// 3, 2, 1, 0; ASCOF 1D scores positions 1-3 as 2, 1, 0 (LG Inform Plus metrics 1091 and 10671;
    /// specs/integration-experience-utility.md, sections 5 and 6). Empty (the default) scores the keyed answer.
    /// </summary>
    /// <value>
    /// Empty, or one whole number per answer from the scale minimum to its maximum (checked when an instrument is built).
    /// An item with points is keyed <see cref="ItemKeying.Direct"/> (write the points in the order that reverses it), is not
    /// a risk item and is read by no stage, whose categories are keyed answers.
    /// </value>
    public System.Collections.Immutable.ImmutableArray<int> Points { get; init; } = [];

    /// <summary>Compares every part of two items, the codes element by element.</summary>
    /// <param name="other">The other item.</param>
    /// <returns>Whether they are the same item.</returns>
    public bool Equals(Item? other) =>
        other is not null && Number == other.Number && Topic == other.Topic && Keying == other.Keying && IsRisk == other.IsRisk
        && AllowsNotApplicable == other.AllowsNotApplicable && Codes.SequenceEqual(other.Codes)
        && Points.SequenceEqual(other.Points);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Topic, Keying, IsRisk, AllowsNotApplicable, Codes.Length);
}
