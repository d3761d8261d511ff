using OutcomeScoring.Engine;

namespace OutcomeScoring.CoreFamily;

/// <summary>
/// CORE-10, the 10-item short form of CORE-OM (0-4 scale), with one total score; item 6 (plans to end life)
/// is the risk item.
/// </summary>
/// <remarks>
/// <para>Items map to CORE-OM items 2, 3, 7, 10, 15, 16, 18, 23, 27, 28 in order; items 2 and 3 (CORE-OM 3 and 7)
/// are reverse scored. The score is the mean of the answered items, prorated with at most 1 missing; the clinical
/// score is the mean x 10, which for a complete form equals the item sum (CORE System Trust).</para>
/// <para>Barkham et al. 2013: alpha .90, clinical cut-off 11, reliable change 6 clinical points computed at 90%
/// confidence, depression screening cut-off 13. Severity bands: sources disagree; the most common set is the
/// default and the other published set is <see cref="AlternativeSeverityBands"/>. CORE instruments are
/// CC BY-NC-ND 4.0 (CORE System Trust); this library ships no item text.</para>
/// </remarks>
public static class Core10
{
    /// <summary>The CORE-OM item number each CORE-10 item comes from, in CORE-10 order.</summary>
    public static IReadOnlyList<int> CoreOmItems { get; } = [2, 3, 7, 10, 15, 16, 18, 23, 27, 28];

    /// <summary>The total score: all 10 items, at most 1 missing.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>
    /// The most commonly published bands (the default): healthy 0-5, low 6-10, mild 11-14, moderate 15-19,
    /// moderate-to-severe 20-24, severe 25-40, applied as half-open intervals (mild = 11 &lt;= s &lt; 15) so that
    /// prorated scores never fall between bands.
    /// </summary>
    public static SeverityBanding SeverityBands => Instrument.Interpretation.SeverityBands!;

    /// <summary>
    /// The other published set: 0-5, 6-10, 11-15, 16-20, 21-25, 26-40, applied as half-open intervals
    /// (mild = 11 &lt;= s &lt; 16).
    /// </summary>
    public static SeverityBanding AlternativeSeverityBands { get; } = CoreSources.Bands(
        "CORE-10 severity bands (alternative)", "total", 6, 11, 16, 21, 26,
        "Alternative published CORE-10 bands; see docs/instruments/core-10.md",
        "Published sources disagree; this is the less common set.");

    /// <summary>Barkham et al. 2013: clinical cut-off 11 (1.1 on the mean scale). The default.</summary>
    public static CutoffReference Barkham2013 => Instrument.Interpretation.GetCutoffReference("barkham2013");

    /// <summary>Barkham et al. 2013: depression screening cut-off 13 (1.3 on the mean scale).</summary>
    public static CutoffReference Barkham2013DepressionScreen => Instrument.Interpretation.GetCutoffReference("barkham2013-depression");

    /// <summary>The CORE-10 definition, with the most common severity bands.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("core-10");

    /// <summary>The CORE-10 definition with <see cref="AlternativeSeverityBands"/>.</summary>
    public static Instrument InstrumentWithAlternativeBands { get; } =
        Instrument.WithInterpretation(Instrument.Interpretation with { SeverityBands = AlternativeSeverityBands });
}
