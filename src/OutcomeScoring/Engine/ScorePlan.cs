namespace OutcomeScoring;

/// <summary>A score definition compiled against its instrument: item positions and the clinical multiplier.</summary>
internal sealed class ScorePlan(ScoreDefinition definition, int[] itemIndexes, double clinicalMultiplier)
{
    public ScoreDefinition Definition { get; } = definition;

    public int[] ItemIndexes { get; } = itemIndexes;

    public double ClinicalMultiplier { get; } = clinicalMultiplier;
}
