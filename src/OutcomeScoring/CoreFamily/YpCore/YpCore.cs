using OutcomeScoring.Engine;

namespace OutcomeScoring.CoreFamily;

/// <summary>
/// YP-CORE, the 10-item young person's form (ages 11-16, used to 18), 0-4 scale, one total score; clinical
/// cut-offs depend on age and gender.
/// </summary>
/// <remarks>
/// <para>Items 3, 5 and 10 are reverse scored; the score is the mean of the answered items, prorated with at most
/// 1 missing; the clinical score is the mean x 10 (CORE System Trust; Twigg et al. 2016, alpha .80).</para>
/// <para>Cut-off tables (mean scale, by age and gender): Blackshaw (the default: the values for ages 11-18 that C. Evans'
/// YP-CORE app has used since its 2025-05-21 correction, cpsyctc/shiny-server commit 3877c15), the earlier Blackshaw values
/// for ages 11-16 that the CECPfuns lookup still holds ("blackshaw-2020-app"), Twigg et al. 2016, and Di Biase et al. 2021
/// (Italy; boys 15-17 withheld, see <see cref="DiBiase2021"/>). Outside a table's ages
/// there is no cut-off and the comparison says so. Reliable change: 8 points on the clinical score (8.33 unrounded), the threshold NHS
/// England's and NHS Digital's children and young people's outcome code uses ("CYP IAPT 2015"; specs/mental-health-proms.md,
/// section 11, which fills the gap core.md left); a threshold computed from your own data is an option
/// (<see cref="Change.ReliableChangeCriterion.FromReliability"/>). No severity bands and no risk item are given by the sources. CORE instruments are CC BY-NC-ND 4.0
/// (CORE System Trust); this library ships no item text.</para>
/// </remarks>
public static class YpCore
{
    /// <summary>The total score: all 10 items, at most 1 missing.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>
    /// Blackshaw: cut-offs by gender for ages 11-18 (mean scale), as corrected in C. Evans' YP-CORE app on 2025-05-21
    /// (cpsyctc/shiny-server, apps/YP-CORE_2_scores, commit 3877c15; specs/core.md, checked 2026-12-06). The default.
    /// </summary>
    public static CutoffReference Blackshaw => Instrument.Interpretation.GetCutoffReference("blackshaw");

    /// <summary>
    /// The Blackshaw cut-offs before the 2025 correction: one decimal, ages 11-16, as the CECPfuns lookup still has them
    /// (reference "Emily_PhD"). Id "blackshaw-2020-app"; kept so earlier results can be reproduced.
    /// </summary>
    public static CutoffReference Blackshaw2020App => Instrument.Interpretation.GetCutoffReference("blackshaw-2020-app");

    /// <summary>Twigg et al. 2016: cut-offs by gender for ages 11-13 and 14-16 (mean scale).</summary>
    public static CutoffReference Twigg2016 => Instrument.Interpretation.GetCutoffReference("twigg2016");

    /// <summary>
    /// Di Biase et al. 2021 (Italy; Research in Psychotherapy 24(2):554): cut-offs by gender for ages 11-17 (mean scale), except
    /// boys 15-17, which are withheld (<see cref="NoCutoffReason.Withheld"/>): the paper has one group for them, yet the tabulated
    /// values differ at 15 (1.23) and 16-17 (1.18), and which is right was not found (specs/core.md, checked 2026-12-06).
    /// </summary>
    public static CutoffReference DiBiase2021 => Instrument.Interpretation.GetCutoffReference("dibiase2021");

    /// <summary>The YP-CORE definition, with the Blackshaw cut-off table as default.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("yp-core");
}
