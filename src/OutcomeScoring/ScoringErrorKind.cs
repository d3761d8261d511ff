namespace OutcomeScoring;

/// <summary>What was wrong with a response set that could not be scored (a programmer or data error, not a missing answer).</summary>
public enum ScoringErrorKind
{
    /// <summary>The number of answers differs from the number of items.</summary>
    WrongAnswerCount = 1,

    /// <summary>An answer lies outside the response scale.</summary>
    AnswerOutOfRange = 2,

    /// <summary>A batch held no response set (<see langword="null"/>) at this position.</summary>
    MissingResponseSet = 3,

    /// <summary>
    /// Companion answers were given, but not one per item each companion question follows
    /// (<see cref="Instrument.CompanionQuestions"/>).
    /// </summary>
    WrongCompanionAnswerCount = 4,
}
