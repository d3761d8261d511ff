namespace OutcomeScoring;

/// <summary>Why a cut-off table gives no cut-off for a score and person (<see cref="CutoffLookup.Reason"/>).</summary>
public enum NoCutoffReason
{
    /// <summary>A cut-off was found.</summary>
    None = 0,

    /// <summary>The table has no row for the score at all.</summary>
    ScoreNotInTable = 1,

    /// <summary>The table is split by gender and no gender was given.</summary>
    GenderNotGiven = 2,

    /// <summary>The table is split by age and no age was given.</summary>
    AgeNotGiven = 3,

    /// <summary>The table is split by age and the age given lies outside the ages it covers (or no row covers it for this person).</summary>
    AgeOutsideTable = 4,

    /// <summary>The table has rows for the score but none applies to this person (for example, none for the gender given).</summary>
    NoRowApplies = 5,

    /// <summary>
    /// The source prints a value for this person, but it is withheld as doubtful (a <see cref="WithheldCutoff"/>, for example
    /// two contradicting values); <see cref="CutoffLookup.Explanation"/> says why.
    /// </summary>
    Withheld = 6,
}
