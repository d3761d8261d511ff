using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// PHQ-9, the nine-item depression questionnaire (items 0-3): one total, 0-27, higher is worse; item 9 (thoughts of
/// self-harm) is the risk item. The built-in definition is <c>Definitions/phq-9.json</c>.
/// </summary>
/// <remarks>
/// <para>Scoring as CamCOPS (<c>phq9.py</c>) and awell-score implement it: the total is the item sum (the clinical score,
/// the mean x 9). The official missing-item rule was not found and implementations disagree, so the default is no total
/// with any item missing; prorate only as a deliberate option (<see cref="Instrument.WithMaximumMissing"/>).
/// Severity bands 0-4, 5-9, 10-14, 15-19, 20-27 (CamCOPS, awell, NHS England Talking Therapies dashboard); reliable change
/// 6 points (NHS Talking Therapies; NHS England CYP code, 5.99 unrounded). Codes: MHSDS SNOMED CT 720433000 (v2) and
/// 506701000000100 (v1), LOINC 44261-6. Item 9 above 0 raises <see cref="InstrumentResult.RiskFlag"/>: no published
/// flag rule was found, so it is surfaced for the clinician as the CORE risk items are. Source of every fact:
/// specs/mental-health-proms.md, sections 1, 2, 4 and 11. Public domain; no item text is shipped.</para>
/// </remarks>
public static class Phq9
{
    /// <summary>The screening cut-off for major depression, total &gt;= 10 (CamCOPS docs citing Kroenke et al. 2010).</summary>
    public const int ScreeningCutoff = 10;

    /// <summary>
    /// The NHS Talking Therapies caseness cut-off, total &gt;= 10 (Franklin et al. 2021; MindStep 2018, "PHQ-9 &gt; 9";
    /// secondary sources, specs/mental-health-proms.md section 4).
    /// </summary>
    public const int TalkingTherapiesCaseness = 10;

    /// <summary>The number of the risk item (thoughts of self-harm).</summary>
    public const int RiskItem = 9;

    /// <summary>The PHQ-9 definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("phq-9");

    /// <summary>The total: items 1-9, none missing; its clinical score is the item sum 0-27.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>The severity bands on the total: none or minimal, mild, moderate, moderately severe, severe.</summary>
    public static SeverityBanding SeverityBands => Instrument.Interpretation.SeverityBands!;
}
