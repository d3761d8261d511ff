namespace OutcomeScoring;

/// <summary>What one column of an instrument's result table holds (see <see cref="ResultColumn"/>).</summary>
public enum ResultValue
{
    /// <summary>A score's mean of its keyed answered items (needs a score id); blank when not computable.</summary>
    Mean = 0,

    /// <summary>A score's clinical score, the mean times the clinical multiplier (needs a score id); blank when not computable.</summary>
    ClinicalScore = 1,

    /// <summary>How many of a score's items were answered (needs a score id).</summary>
    ScoreItemsAnswered = 2,

    /// <summary>How many of the form's items were answered.</summary>
    ItemsAnswered = 3,

    /// <summary>The severity band's code of the banded score; blank when not computable (needs severity bands).</summary>
    Band = 4,

    /// <summary>Whether any risk item was answered above the scale minimum (needs a risk item).</summary>
    RiskFlag = 5,

    /// <summary>
    /// The clinical cut-off that applies to the respondent (by age and gender where the table needs them) for a score
    /// (the primary one when no score id is given); blank when none applies (needs a cut-off table).
    /// </summary>
    ClinicalCutoff = 6,

    /// <summary>Whether the score is at or above that cut-off; blank when no cut-off applies or the score is not computable.</summary>
    InClinicalRange = 7,

    /// <summary>
    /// One output of a stage the definition declares (needs the stage's id and the output's id, for example stage
    /// "activation", output "measure"); blank when the stage gives no value.
    /// </summary>
    StageOutput = 8,

    /// <summary>How many of a score's items were "not applicable" and left out of it (needs a score id; 0 unless the score leaves them out).</summary>
    ScoreItemsNotApplicable = 9,

    /// <summary>
    /// The highest clinical score possible from the items the score used (needs a score id): for a sum, the items used x
    /// the scale maximum (WSAS: 40, or 32 with the work item not applicable); blank when not computable.
    /// </summary>
    MaximumPossible = 10,

    /// <summary>
    /// The answers to the instrument's items as one digit each, item 1 first, as ticked (before keying): EQ-5D's health
    /// state, for example 11221 (specs/integration-experience-utility.md, section 3); blank unless every item is answered.
    /// Needs a response scale within 0-9.
    /// </summary>
    AnswerProfile = 11,

    /// <summary>
    /// The id of a stage (needs the stage's id), on rows where its first output has a value: the value set a utility came
    /// from, so that every result records it (EQ-5D: "eq5d5l-uk-rowen2026"); blank otherwise.
    /// </summary>
    StageId = 12,
}
