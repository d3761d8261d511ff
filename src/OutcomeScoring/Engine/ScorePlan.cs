namespace OutcomeScoring.Engine;

/// <summary>
/// A score definition compiled against its instrument: item positions, the clinical multiplier, the scale maximum, and
/// which of its items' "not applicable" answers it leaves out.
/// </summary>
internal sealed class ScorePlan(ScoreDefinition definition, int[] itemIndexes, double clinicalMultiplier, int scaleMaximum, bool[] excludesNotApplicable)
{
    /// <summary>
    /// For a score that leaves "not applicable" answers out, its count lane holds answered + <see cref="NotApplicableUnit"/>
    /// x not applicable (both at most 255, checked when the instrument is built), so that one 16-bit lane holds both.
    /// </summary>
    public const int NotApplicableUnit = 256;

    public ScoreDefinition Definition { get; } = definition;

    public int[] ItemIndexes { get; } = itemIndexes;

    public double ClinicalMultiplier { get; } = clinicalMultiplier;

    /// <summary>The response scale's maximum (the highest keyed value of an item).</summary>
    public int ScaleMaximum { get; } = scaleMaximum;

    /// <summary>Whether the score packs a not-applicable count into its count lane.</summary>
    public bool CountsNotApplicable { get; } = definition.ExcludesNotApplicable || definition.CountsNotApplicable;

    /// <summary>Whether not-applicable answers, though counted, still count against the missing-item limit (not left out).</summary>
    public bool NotApplicableIsUnanswered { get; } = definition.CountsNotApplicable;

    /// <summary>Per item position of <see cref="ItemIndexes"/>: whether a not-applicable answer there is counted in the count lane (left out of the score, or counted apart from blanks).</summary>
    public bool[] ExcludesNotApplicableAt { get; } = excludesNotApplicable;
}
