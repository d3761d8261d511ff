using OutcomeScoring.Engine;

namespace OutcomeScoring.SocialCare;

/// <summary>
/// ASCOF 1A, social care-related quality of life from the Adult Social Care Survey: eight questions, each read as the
/// position of the option ticked (1 = first option) and scored 3, 2, 1, 0; a respondent's score is the sum, 0-24, from
/// complete forms only; a council's score is the mean. Higher is better. The built-in definition is <c>Definitions/ascof-1a.json</c>.
/// </summary>
/// <remarks>
/// <para>First option (no unmet needs) = 3; second (needs adequately met) = 2; third (some needs met) = 1; last (no needs
/// met) = 0 (LG Inform Plus metric 1091, NHS Digital text). The items carry these as their points (<see cref="Item.Points"/>).
/// Only respondents who answered all eight count. LG Inform words the council score as "number of respondents divided by
/// the sum of their scores", which is inverted: the mean is used (<see cref="Cohorts.SurveyComponents"/>).</para>
/// <para>This is not the ASCOT-weighted SCT4 index (whose preference weights were not found). Topic tags follow the
/// ASCOT domain list; the survey's own question order was not verified, and the total does not depend on it. Whether
/// aggregate ASCS results are weighted since 2014-15 and the current (post-2023) metric code are not verified. No SNOMED CT
/// or LOINC code was found. Checks (computed): all first options 24, all last 0, options 1,1,2,2,3,3,4,4 give 12, any item
/// blank gives no score. Source of every fact: specs/integration-experience-utility.md, section 5.</para>
/// </remarks>
public static class Ascof1A
{
    /// <summary>The ASCOF 1A definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("ascof-1a");

    /// <summary>The respondent's score: the sum of the eight answers' points, 0-24, complete forms only.</summary>
    public static ScoreDefinition Total => Instrument.Scores[0];

    /// <summary>The highest respondent score: 24.</summary>
    public const int Maximum = 24;
}
