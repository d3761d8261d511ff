using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// ReQoL-20 (Recovering Quality of Life, 20 items, 0-4): a total 0-80, higher is better. The built-in definition is
/// <c>Definitions/reqol-20.json</c>.
/// </summary>
/// <remarks>
/// The total is the sum of the 20 scored items (the clinical score, the mean x 20). Which items are negatively worded
/// was not found, so this definition reverses nothing: give each answer as its <b>scored</b> value (0 the worst state,
/// 4 the best), keyed by the licensed scoring instructions. The physical health item is left out (its position was not
/// found). Missing-item rule, clinical cut-off and reliable change: not found. Code: MHSDS SNOMED CT 1091081000000103
/// (NHS Digital's older table has 1091081000000100, which fails the Verhoeff check). Source of every fact:
/// specs/mental-health-proms.md, sections 1 and 6. No item text is shipped.
/// </remarks>
public static class ReQoL20
{
    /// <summary>The ReQoL-20 definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("reqol-20");

    /// <summary>The total: the 20 scored items, none missing; its clinical score is the sum 0-80.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];
}
