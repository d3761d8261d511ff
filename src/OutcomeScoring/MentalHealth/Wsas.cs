using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// WSAS, the Work and Social Adjustment Scale (5 items, 0-8): a total 0-40, higher is worse, out of 32 when the work
/// item is not rated. The built-in definition is <c>Definitions/wsas.json</c>.
/// </summary>
/// <remarks>
/// <para>The total is the sum of the items rated (a sum score, <see cref="ScoreAggregate.Sum"/>). For someone retired or
/// not working for reasons unrelated to the problem, item 1 (work) is not rated: give <see cref="Answer.NotApplicable"/>
/// (<c>NA</c> on the command line) and the total is items 2-5, out of 32 (CamCOPS <c>wsas.py</c>); the maximum used is
/// <see cref="Score.MaximumPossible"/> (the <c>maximum</c> column). The missing-item rule was not found: no total with
/// any rated item missing.</para>
/// <para>Bands are secondary (implementations attributing Mundt et al. 2002): 0-9 subclinical, 10-20 significant functional
/// impairment, 21-40 moderately severe or worse; the sources are ambiguous at exactly 10 and 20. Reliability alpha
/// .70-.94, test-retest r = .73 (Mundt 2002); no published reliable change threshold (compute one from SD and alpha with
/// <see cref="Change.ReliableChangeCriterion.FromReliability"/>). No SNOMED CT or LOINC code was found. Source of every
/// fact: specs/mental-health-proms.md, section 5. Copyright (c) Isaac M. Marks; no item text is shipped.</para>
/// </remarks>
public static class Wsas
{
    /// <summary>The number of the work (or study) item, which may be not applicable.</summary>
    public const int WorkItem = 1;

    /// <summary>The WSAS definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("wsas");

    /// <summary>The total: the sum of the items rated, item 1 left out when not applicable; none of the rated items missing.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>The bands (secondary sources): subclinical, significant functional impairment, moderately severe or worse.</summary>
    public static SeverityBanding SeverityBands => Instrument.Interpretation.SeverityBands!;
}
