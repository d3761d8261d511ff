using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// HoNOS, the Health of the Nation Outcome Scales for working-age adults: 12 clinician-rated scales, each 0-4 with
/// 9 = not known; a total (0-48) and four subscales, higher is worse. The built-in definition is <c>Definitions/honos.json</c>.
/// </summary>
/// <remarks>
/// <para>Every score is the sum of its scales rated 0-4; scales rated 9 (not known / not applicable) are left out, not
/// made up (AIHW METeOR 676214; CamCOPS <c>honos.py</c>), and counted (<see cref="Score.ItemsNotApplicable"/>, the
/// <c>not_known</c> column) beside the scales used (<see cref="Score.ItemsAnswered"/>, <c>scales_rated</c>). A blank scale
/// (not recorded) is missing and leaves no score: the minimum number of rated scales for a valid total was not found, so
/// none is set and nothing is prorated. On the command line and in form readers a 9 reads as not known
/// (<see cref="ResponseScale.NotApplicableAnswer"/>); from C# give <see cref="Answer.NotApplicable"/>, and in byte-coded
/// batches name 9 as the not-applicable code of <see cref="AnswerCodes"/>.</para>
/// <para>Subscales (Pirkis et al. 2005, table 1): behaviour 1-3 (0-12), impairment 4-5 (0-8), symptoms 6-8 (0-12),
/// social 9-12 (0-16). Scale 8's problem type letter (A-J) is not scored and not read. Each scale carries its MHSDS
/// SNOMED CT concept (MHSDS holds the 12 scale scores only; no code for the total or subscales was found). Reliable
/// change and cut-offs: not found. HoNOS 65+ (same rule, its own codes) and HoNOS 2018 are not defined here. Source of
/// every fact: specs/mental-health-proms.md, sections 1 and 10. Copyright Royal College of Psychiatrists; no glossary
/// text is shipped.</para>
/// </remarks>
public static class Honos
{
    /// <summary>The number the form records for a scale not known or not applicable.</summary>
    public const int NotKnown = 9;

    /// <summary>The HoNOS (working age) definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("honos");

    /// <summary>The total: the sum of the 12 scales rated 0-4, 9s left out.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>Behaviour: scales 1-3.</summary>
    public static ScoreDefinition Behaviour => Instrument.Scores[1];

    /// <summary>Impairment: scales 4-5.</summary>
    public static ScoreDefinition Impairment => Instrument.Scores[2];

    /// <summary>Symptoms: scales 6-8.</summary>
    public static ScoreDefinition Symptoms => Instrument.Scores[3];

    /// <summary>Social: scales 9-12.</summary>
    public static ScoreDefinition Social => Instrument.Scores[4];
}
