using OutcomeScoring.Engine;

namespace OutcomeScoring.CoreFamily;

/// <summary>
/// CORE-OM (Clinical Outcomes in Routine Evaluation - Outcome Measure), 34 items on a 0-4 scale, with
/// domain scores Wellbeing, Problems/Symptoms, Functioning and Risk, plus all items and non-risk items.
/// </summary>
/// <remarks>
/// <para>Rules (CORE System Trust, "What's in a name (1): scoring CORE measures"): items 3, 4, 7, 12, 19, 21,
/// 31 and 32 are reverse scored (4 - answer); each score is the mean of its answered items, prorated while
/// no more than its limit is missing (all items 3, non-risk 3 since 17 Apr 2023 and 2 before, problems 1,
/// functioning 1, wellbeing 0, risk 0); the clinical score is the mean x 10.</para>
/// <para>Interpretation: clinical cut-off 10 (Connell et al. 2007) by default, with the Evans 2002,
/// Palmieri 2009 and Spanish (Trujillo, Feixas et al. 2016) gender tables selectable; reliable change 5 clinical points (CORE IMS);
/// severity bands found only in third-party code (labelled so). Any risk item answered above 0 raises the
/// risk flag. CORE instruments are CC BY-NC-ND 4.0 (CORE System Trust); this library ships no item text.</para>
/// </remarks>
public static class CoreOm
{
    /// <summary>All 34 items; at most 3 missing.</summary>
    public static ScoreDefinition AllItems => Instrument.Scores[0];

    /// <summary>The 28 non-risk items (Wellbeing, Problems, Functioning); at most 3 missing (CST rule since 17 Apr 2023).</summary>
    public static ScoreDefinition NonRisk => Instrument.Scores[1];

    /// <summary>Wellbeing (W): items 4, 14, 17, 31; none may be missing.</summary>
    public static ScoreDefinition Wellbeing => Instrument.Scores[2];

    /// <summary>Problems/Symptoms (P): 12 items; at most 1 missing.</summary>
    public static ScoreDefinition Problems => Instrument.Scores[3];

    /// <summary>Functioning (F): 12 items; at most 1 missing.</summary>
    public static ScoreDefinition Functioning => Instrument.Scores[4];

    /// <summary>Risk (R): items 6, 9, 16, 22, 24, 34 (6 and 22 risk to others, the rest risk to self); none may be missing.</summary>
    public static ScoreDefinition Risk => Instrument.Scores[5];

    /// <summary>
    /// Severity bands on the all-items clinical score: healthy &lt; 6, low 6 to &lt; 10, mild 10 to &lt; 15,
    /// moderate 15 to &lt; 20, moderate-to-severe 20 to &lt; 25, severe &gt;= 25. Found only in third-party code,
    /// not confirmed from a CORE System Trust document.
    /// </summary>
    public static SeverityBanding SeverityBands => Instrument.Interpretation.SeverityBands!;

    /// <summary>Connell et al. 2007: all-items cut-off 1.0 on the mean scale (10 clinical), for everyone. The default.</summary>
    public static CutoffReference Connell2007 => Instrument.Interpretation.GetCutoffReference("connell2007");

    /// <summary>Evans et al. 2002: cut-offs by gender for every score, with reliable change indices (mean scale).</summary>
    public static CutoffReference Evans2002 => Instrument.Interpretation.GetCutoffReference("evans2002");

    /// <summary>Palmieri et al. 2009 (Italy): cut-offs by gender for every score, with reliable change indices (mean scale).</summary>
    public static CutoffReference Palmieri2009 => Instrument.Interpretation.GetCutoffReference("palmieri2009");

    /// <summary>
    /// Trujillo, Feixas et al. 2016 (Spain; Neuropsychiatric Disease and Treatment 12:1457-66, doi 10.2147/NDT.S103079): cut-offs
    /// by gender for every score (mean scale), except the women's non-risk score, which is withheld
    /// (<see cref="NoCutoffReason.Withheld"/>: the printed 1.13 is almost certainly the all-items value repeated; specs/core.md, checked
    /// 2026-12-06); no reliable change indices. The id stays "feixas2016".
    /// </summary>
    public static CutoffReference Feixas2016 => Instrument.Interpretation.GetCutoffReference("feixas2016");

    /// <summary>
    /// The CORE-OM definition with the current (2023) non-risk missing-item limit of 3, read from the JSON it is defined by
    /// (<c>src/OutcomeScoring/Definitions/core-om.json</c>, embedded; <c>outcome-scoring definition core-om</c> prints it).
    /// </summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("core-om");

    /// <summary>
    /// The CORE-OM definition with the non-risk missing-item limit in force before 17 Apr 2023 (at most 2),
    /// for reproducing older analyses.
    /// </summary>
    public static Instrument InstrumentWithPre2023NonRiskRule { get; } = Instrument.WithMaximumMissing("nonrisk", 2);
}
