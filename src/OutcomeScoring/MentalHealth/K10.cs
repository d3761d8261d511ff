using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// K10, the Kessler Psychological Distress Scale, in the Australian coding (items 1-5): a total 10-50, higher is worse.
/// The built-in definition is <c>Definitions/k10.json</c>.
/// </summary>
/// <remarks>
/// <para>The total is the item sum (the clinical score, the mean x 10). Missing items follow the Australian PMHC MDS rule
/// (from November 2021): at most one of the 10 items missing, and then total = round(sum of the 9 / 9 x 10) (the score
/// rounds its clinical score, <see cref="ScoreDefinition.RoundsClinicalScore"/>); more than one missing, no total.</para>
/// <para>Two codings exist: Australian/ABS 1-5 (total 10-50, this definition) and US 0-4 (total 0-40, the MHSDS range);
/// for a complete form the US total is this total - 10 (<see cref="UsCodingOffset"/>). Which coding NHS services submit
/// was not found, so the MHSDS SNOMED CT concepts (720211004 v2, 963561000000106 v1; range 0-40) are not attached to this
/// 10-50 total. Item order differs in US sources: key items by meaning.</para>
/// <para>Bands, sources disagree: ABS population bands (the default, <see cref="SeverityBands"/>) 10-15 low, 16-21
/// moderate, 22-29 high, 30-50 very high; AIHW METeOR 376091 clinical bands (<see cref="MeteorSeverityBands"/>) 10-19
/// low, 20-24 mild, 25-29 moderate, 30-50 severe. Reliable change: not found. Source of every fact:
/// specs/mental-health-proms.md, sections 1 and 9. No item text is shipped.</para>
/// </remarks>
public static class K10
{
    /// <summary>What to subtract from a complete form's total (1-5 coding, 10-50) to give the US 0-4 coding's total (0-40).</summary>
    public const int UsCodingOffset = 10;

    /// <summary>The K10 definition, with the ABS population bands.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("k10");

    /// <summary>The total: the 10 items, at most 1 missing, rounded as PMHC does; 10-50.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>The ABS population bands (the default): low, moderate, high, very high.</summary>
    public static SeverityBanding SeverityBands => Instrument.Interpretation.SeverityBands!;

    /// <summary>
    /// The AIHW METeOR 376091 clinical bands (also the Australian IAR guidance): low 10-19, mild 20-24, moderate 25-29,
    /// severe 30-50, applied as half-open intervals on the total.
    /// </summary>
    public static SeverityBanding MeteorSeverityBands { get; } = new(
        "K10 METeOR clinical bands",
        "total",
        [
            new SeverityBand("low", "Low", double.NegativeInfinity, 20),
            new SeverityBand("mild", "Mild", 20, 25),
            new SeverityBand("moderate", "Moderate", 25, 30),
            new SeverityBand("severe", "Severe", 30, double.PositiveInfinity),
        ],
        "AIHW METeOR 376091; logicly-au/docs.iar-dst.online domains/domain-1.rst (specs/mental-health-proms.md, section 9)",
        "Sources disagree: the ABS population bands are the default.");

    /// <summary>The K10 definition with <see cref="MeteorSeverityBands"/>.</summary>
    public static Instrument InstrumentWithMeteorBands { get; } =
        Instrument.WithInterpretation(Instrument.Interpretation with { SeverityBands = MeteorSeverityBands });
}
