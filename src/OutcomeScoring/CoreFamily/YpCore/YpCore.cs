using OutcomeScoring.Engine;

namespace OutcomeScoring.CoreFamily;

/// <summary>
/// YP-CORE, the 10-item young person's form (ages 11-16, used to 18), 0-4 scale, one total score; clinical
/// cut-offs depend on age and gender.
/// </summary>
/// <remarks>
/// <para>Items 3, 5 and 10 are reverse scored; the score is the mean of the answered items, prorated with at most
/// 1 missing; the clinical score is the mean x 10 (CORE System Trust; Twigg et al. 2016, alpha .80).</para>
/// <para>Cut-off tables (mean scale, by age and gender): Blackshaw (the default, as in the CECPfuns lookup, whose
/// default reference is "Emily_PhD"), Twigg et al. 2016, and Di Biase et al. 2021 (Italy). Outside a table's ages
/// there is no cut-off and the comparison says so. No reliable change index is published: compute one from your
/// own data. No severity bands and no risk item are given by the sources. CORE instruments are CC BY-NC-ND 4.0
/// (CORE System Trust); this library ships no item text.</para>
/// </remarks>
public static class YpCore
{
    /// <summary>The total score: all 10 items, at most 1 missing.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>Blackshaw: cut-offs by gender for ages 11-16 (mean scale). The default.</summary>
    public static CutoffReference Blackshaw => Instrument.Interpretation.GetCutoffReference("blackshaw");

    /// <summary>Twigg et al. 2016: cut-offs by gender for ages 11-13 and 14-16 (mean scale).</summary>
    public static CutoffReference Twigg2016 => Instrument.Interpretation.GetCutoffReference("twigg2016");

    /// <summary>Di Biase et al. 2021 (Italy): cut-offs by gender for ages 11-17 (mean scale).</summary>
    public static CutoffReference DiBiase2021 => Instrument.Interpretation.GetCutoffReference("dibiase2021");

    /// <summary>The YP-CORE definition, with the Blackshaw cut-off table as default.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("yp-core");
}
