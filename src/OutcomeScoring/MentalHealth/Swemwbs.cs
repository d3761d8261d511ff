using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// SWEMWBS, the short (7-item) Warwick-Edinburgh Mental Wellbeing Scale, items 1-5: the raw score 7-35, higher is
/// better. The built-in definition is <c>Definitions/swemwbs.json</c>.
/// </summary>
/// <remarks>
/// The raw score is the item sum (the clinical score, the mean x 7); no score with any item missing, because the
/// conversion to the metric score is defined only for a complete raw score. <b>The metric score</b> (Warwick's raw-to-metric
/// conversion table) is not part of this definition yet. Reliable change 3 (2.87, Shah et al. 2018, NHS England CYP
/// dashboards; whether on the raw or the metric scale was not found). No official bands. Codes: MHSDS SNOMED CT 718466001
/// (v2) and 960481000000107 (v1); whether MHSDS holds raw or metric was not found, so the raw score carries them.
/// Source of every fact: specs/mental-health-proms.md, sections 1, 8 and 11. (c) NHS Health Scotland, University of
/// Warwick and University of Edinburgh: users register with Warwick; no item text is shipped.
/// </remarks>
public static class Swemwbs
{
    /// <summary>The WEMWBS item number of each SWEMWBS item, in SWEMWBS order: 1, 2, 3, 6, 7, 9, 11.</summary>
    public static IReadOnlyList<int> WemwbsItems { get; } = [1, 2, 3, 6, 7, 9, 11];

    /// <summary>The SWEMWBS definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("swemwbs");

    /// <summary>The raw score: the 7 items, none missing; its clinical score is the sum 7-35.</summary>
    public static ScoreDefinition Raw => Instrument.Scores[0];

    /// <summary>
    /// The id of the value-set stage that converts a complete raw score to the metric score by the Warwick conversion table
    /// (specs/mental-health-proms.md, section 8); <c>result.Stage(Swemwbs.MetricStage)["value"]</c>.
    /// </summary>
    public const string MetricStage = "metric";
}
