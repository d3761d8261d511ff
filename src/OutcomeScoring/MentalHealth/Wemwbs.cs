using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// WEMWBS, the 14-item Warwick-Edinburgh Mental Wellbeing Scale, items 1-5: a total 14-70, higher is better. The
/// built-in definition is <c>Definitions/wemwbs.json</c>.
/// </summary>
/// <remarks>
/// The total is the item sum (the clinical score, the mean x 14); 14 positively worded items, none reversed; no total
/// with any item missing (rule not found). Reliable change 9 (8.55, Maheswaran et al. 2012, NHS England CYP dashboards).
/// No official bands (third-party bands are not shipped). Codes: MHSDS SNOMED CT 718426000 (v2) and 885541000000103 (v1).
/// Source of every fact: specs/mental-health-proms.md, sections 1, 8 and 11. (c) NHS Health Scotland, University of
/// Warwick and University of Edinburgh: users register with Warwick; no item text is shipped.
/// </remarks>
public static class Wemwbs
{
    /// <summary>The WEMWBS definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("wemwbs");

    /// <summary>The total: the 14 items, none missing; its clinical score is the sum 14-70.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];
}
