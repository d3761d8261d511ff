using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// GAD-7, the seven-item anxiety questionnaire (items 0-3): one total, 0-21, higher is worse. The built-in definition is
/// <c>Definitions/gad-7.json</c>.
/// </summary>
/// <remarks>
/// Scoring as CamCOPS (<c>gad7.py</c>) and awell-score implement it: the total is the item sum (the clinical score, the
/// mean x 7). Missing-item rule not found: no total with any item missing by default. Severity bands 0-4, 5-9, 10-14,
/// 15-21; reliable change 4 points (NHS Talking Therapies; NHS England CYP code, 4.22 unrounded). Two cut-offs are
/// published and they differ: screening &gt;= 10 (<see cref="ScreeningCutoff"/>) and NHS Talking Therapies caseness
/// &gt;= 8 (<see cref="TalkingTherapiesCaseness"/>); name the one you use. Codes: MHSDS SNOMED CT 445455005, LOINC
/// 70274-6. Source of every fact: specs/mental-health-proms.md, sections 1, 3, 4 and 11. Public domain; no item text is
/// shipped.
/// </remarks>
public static class Gad7
{
    /// <summary>The screening cut-off, total &gt;= 10 (Spitzer et al. 2006, via CamCOPS docs).</summary>
    public const int ScreeningCutoff = 10;

    /// <summary>
    /// The NHS Talking Therapies caseness cut-off, total &gt;= 8 (Franklin et al. 2021; MindStep 2018, "GAD-7 &gt; 7";
    /// secondary sources, specs/mental-health-proms.md section 4).
    /// </summary>
    public const int TalkingTherapiesCaseness = 8;

    /// <summary>The GAD-7 definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("gad-7");

    /// <summary>The total: items 1-7, none missing; its clinical score is the item sum 0-21.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>The severity bands on the total: minimal, mild, moderate, severe.</summary>
    public static SeverityBanding SeverityBands => Instrument.Interpretation.SeverityBands!;
}
