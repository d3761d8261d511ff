using OutcomeScoring.Engine;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// Goal Based Outcomes: up to three goals, each rated 0 (no progress) to 10 (reached fully); each goal's rating (items 1
/// to 3) is its score, and the one computed score is the mean of the goals rated; higher is better. The built-in
/// definition is <c>Definitions/gbo.json</c>.
/// </summary>
/// <remarks>
/// NHS England judges change <b>per goal</b>, 3 points each (CMH and CYP dashboards), and at referral level counts a
/// referral improved when any goal improved and none deteriorated, deteriorated when any deteriorated. The mean of goals
/// is not an NHS rule; it is offered as an option (the primary score, because it summarises a form in one number). A goal
/// is not a score of its own, so that a person with fewer than three goals has no "missing" goal to explain; compare a
/// goal's ratings (the answer to its item) with the change machinery and <see cref="GoalReliableChange"/>. Each
/// goal item carries its MHSDS SNOMED CT concepts (current term first, then the older term); the unnumbered MHSDS "goal
/// score" concept 959951000000108 is not attached, because which score it stands for was not found. No caseness
/// cut-off (idiographic measure). Source of every fact: specs/mental-health-proms.md, sections 1, 7 and 11.
/// (c) Dr Duncan Law, CC BY-NC-SA 4.0: commercial users need permission.
/// </remarks>
public static class Gbo
{
    /// <summary>The GBO definition.</summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("gbo");

    /// <summary>The mean of the goals rated (1 to 3 goals; at most 2 absent).</summary>
    public static ScoreDefinition Mean => Instrument.Scores[0];

    /// <summary>NHS England's reliable change for each goal's rating: 3 points (the definition's published threshold).</summary>
    public static ReliableChangeThreshold GoalReliableChange => Instrument.Interpretation.ReliableChange!;
}
