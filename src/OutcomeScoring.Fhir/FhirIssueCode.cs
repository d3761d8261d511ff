namespace OutcomeScoring.Fhir;

/// <summary>
/// What was wrong with a FHIR resource this package read: a <c>QuestionnaireResponse</c> mapped to an instrument's
/// answers, or <c>Observation</c>s read back into scores. Every problem is reported with one of these codes; nothing
/// is skipped silently.
/// </summary>
public enum FhirIssueCode
{
    /// <summary>A response item has a linkId the mapping neither maps nor lists as ignored.</summary>
    UnknownLinkId = 1,

    /// <summary>An answer has a type the mapping does not accept for that item (for example a string where numbers are expected), or no value at all.</summary>
    WrongAnswerType = 2,

    /// <summary>A coded (or labelled) answer the mapping does not know: its system and code (or its label) are not in the mapping, and it carries no ordinal value.</summary>
    UnknownAnswerCode = 3,

    /// <summary>A decimal answer (or ordinal value) that is not a whole number.</summary>
    NotWholeNumber = 4,

    /// <summary>An answer whose value lies outside the instrument's response scale.</summary>
    OutOfRange = 5,

    /// <summary>An item answered more than once: more than one answer, or the same linkId more than once in the response.</summary>
    DuplicateAnswer = 6,

    /// <summary>A response item without a linkId.</summary>
    MissingLinkId = 7,

    /// <summary>The response says it answers a different Questionnaire from the one the mapping is for.</summary>
    WrongQuestionnaire = 8,

    /// <summary>The response's status is entered-in-error: it is not read.</summary>
    EnteredInError = 9,

    /// <summary>No Observation with the expected code was found when reading scores back.</summary>
    MissingObservation = 10,

    /// <summary>More than one Observation with the same code was found when reading scores back.</summary>
    DuplicateObservation = 11,

    /// <summary>An Observation with the expected code lacks a part this package writes (a value or data-absent reason, a component), or has one of the wrong type.</summary>
    MalformedObservation = 12,

    /// <summary>
    /// Response items nest more than 64 levels deep (an item inside an item or an answer, counted from the response's own items);
    /// the items below that depth are not read. A response parsed from JSON cannot reach it (System.Text.Json stops at a depth
    /// of 64, and each level of items takes at least two); an object graph built in code can.
    /// </summary>
    NestedTooDeeply = 13,

    /// <summary>
    /// A response item, or the response itself, holds a value of the wrong type (for example a number as a linkId): Firely's
    /// reader keeps such values in the partial result of a <c>DeserializationFailedException</c> and throws when they are read.
    /// The item (or, for the response's status or questionnaire, that check) is not read (issue 21, found by fuzzing).
    /// </summary>
    MalformedResponse = 14,
}
