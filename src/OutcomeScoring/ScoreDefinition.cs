using System.Collections.Immutable;

namespace OutcomeScoring;

/// <summary>
/// A named score of an instrument (a total, a domain, a subscale): which items it averages and how many of
/// them may be missing before it can no longer be computed.
/// </summary>
/// <remarks>
/// The score is the mean of the scored values of the answered items (prorating) while no more than
/// <see cref="MaximumMissing"/> of its items are missing; beyond that it is not computable. Immutable and
/// thread-safe. Validated when an <see cref="Instrument"/> is built from it.
/// </remarks>
public sealed record ScoreDefinition
{
    /// <summary>Creates a score definition.</summary>
    /// <param name="id">A stable identifier, lower case (for example "wellbeing").</param>
    /// <param name="name">The name a clinician would recognise (for example "Wellbeing").</param>
    /// <param name="items">The item numbers the score averages.</param>
    /// <param name="maximumMissing">How many of those items may be missing for the score to be computed.</param>
    /// <param name="source">Where the missing-item rule comes from.</param>
    public ScoreDefinition(string id, string name, IEnumerable<int> items, int maximumMissing, string source)
    {
        ArgumentNullException.ThrowIfNull(items);
        Id = id;
        Name = name;
        Items = [.. items];
        MaximumMissing = maximumMissing;
        Source = source;
    }

    /// <summary>Gets the stable identifier (for example "wellbeing").</summary>
    public string Id { get; init; }

    /// <summary>Gets the name a clinician would recognise (for example "Wellbeing").</summary>
    public string Name { get; init; }

    /// <summary>Gets the item numbers the score averages, in the order given.</summary>
    public ImmutableArray<int> Items { get; init; }

    /// <summary>Gets how many of the score's items may be missing for it still to be computed.</summary>
    public int MaximumMissing { get; init; }

    /// <summary>Gets where the missing-item rule comes from.</summary>
    public string Source { get; init; }

    /// <summary>
    /// Gets the score's public codes (for example the MHSDS SNOMED CT concept for the CORE-10 clinical score), the
    /// preferred one first; none by default. Each says which value it stands for (<see cref="CodedValue"/>).
    /// </summary>
    public ImmutableArray<PublicCode> Codes { get; init; } = [];

    /// <summary>
    /// Gets whether the clinical score is rounded to the nearest whole number (halves away from zero), as some published
    /// rules give a prorated total (K10 in the Australian PMHC MDS: <c>round(sum of valid items / 9 x 10)</c> with one item
    /// missing, specs/mental-health-proms.md section 9). The mean is never rounded. A complete form whose clinical score is
    /// already whole is unchanged.
    /// </summary>
    /// <value><see langword="false"/> (no rounding, the default).</value>
    public bool RoundsClinicalScore { get; init; }

    /// <summary>
    /// Gets how the score combines its answered items: the mean times the clinical multiplier (the default), or the sum,
    /// never prorated (<see cref="ScoreAggregate.Sum"/>: WSAS, HoNOS).
    /// </summary>
    /// <value><see cref="ScoreAggregate.Mean"/> unless the definition says otherwise.</value>
    public ScoreAggregate Aggregate { get; init; }

    /// <summary>
    /// Gets whether a "not applicable" answer to one of the score's items that offers it (<see cref="Item.AllowsNotApplicable"/>)
    /// is left out of the score rather than counted as missing: the score is then over the items that apply, and only
    /// blanks count against <see cref="MaximumMissing"/>. WSAS's work item for someone retired (total of items 2-5,
    /// maximum 32) and HoNOS's 9 "not known" (excluded from the total, AIHW METeOR 676214; CamCOPS) are read this way
    /// (specs/mental-health-proms.md, sections 5 and 10). A score that excludes them may have at most 255 items.
    /// </summary>
    /// <value><see langword="false"/>: not applicable counts as missing (the default, as for DIALOG and PAM-13).</value>
    public bool ExcludesNotApplicable { get; init; }

    /// <summary>
    /// Gets whether a "not applicable" (or "don't know") answer to one of the score's items that offers it is counted apart
    /// from blanks while still being treated as not answered: it is not scored and counts against <see cref="MaximumMissing"/>
    /// like a blank, but <see cref="Score.ItemsNotApplicable"/> reports how many there were and
    /// <see cref="Score.ItemsMissing"/> counts only blanks. P3CEQ's "don't know / not relevant" (recommended default of
    /// specs/integration-experience-utility.md, section 1). Cannot be combined with <see cref="ExcludesNotApplicable"/>;
    /// a score that counts them may have at most 255 items.
    /// </summary>
    /// <value><see langword="false"/>: not applicable counts as missing and is not reported apart (the default).</value>
    public bool CountsNotApplicable { get; init; }

    /// <summary>Compares two definitions by value, including their item lists and codes.</summary>
    /// <param name="other">The other definition.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(ScoreDefinition? other) =>
        other is not null && Id == other.Id && Name == other.Name && MaximumMissing == other.MaximumMissing
        && Source == other.Source && RoundsClinicalScore == other.RoundsClinicalScore && Aggregate == other.Aggregate
        && ExcludesNotApplicable == other.ExcludesNotApplicable && CountsNotApplicable == other.CountsNotApplicable && Items.SequenceEqual(other.Items) && Codes.SequenceEqual(other.Codes);

    /// <summary>Returns a hash code consistent with <see cref="Equals(ScoreDefinition?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Name, MaximumMissing, Items.Length);
}
