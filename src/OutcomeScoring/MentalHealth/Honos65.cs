using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// HoNOS 65+, the Health of the Nation Outcome Scales for older adults: 12 clinician-rated scales, each 0-4 with 9 = not
/// known; a total (0-48), higher is worse. The built-in definition is <c>Definitions/honos-65.json</c>.
/// </summary>
/// <remarks>
/// The same rule as <see cref="Honos"/>: the total is the sum of the scales rated 0-4, scales rated 9 left out and counted,
/// a blank scale missing, nothing prorated (CamCOPS <c>honos.py</c>). Each scale carries its MHSDS SNOMED CT concept. The
/// fact sheet gives neither the scales' topics nor subscales for HoNOS 65+, so the topic tags are the scale numbers
/// (<c>scale-1</c> ... <c>scale-12</c>) and only the total is defined. HoNOS 2018's scoring differences were not found; it
/// is not defined. Source of every fact: specs/mental-health-proms.md, sections 1 and 10. Copyright Royal College of
/// Psychiatrists; no glossary text is shipped.
/// </remarks>
public static class Honos65
{
    /// <summary>The HoNOS 65+ definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("honos-65");

    /// <summary>The total: the sum of the 12 scales rated 0-4, 9s left out.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];
}
