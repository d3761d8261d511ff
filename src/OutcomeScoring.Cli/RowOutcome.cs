namespace OutcomeScoring.Cli;

/// <summary>
/// What became of one input row, for the row summary on standard error (issue 16): the three are apart because a row
/// whose cells could not be read needs the file mended, while a score that is not computable (too many items missing,
/// no follow-up) is an expected result of real data.
/// </summary>
internal enum RowOutcome
{
    /// <summary>Every cell was read and every score shown was computed (the error column may still hold a note, such as no cut-off for the row's age).</summary>
    Scored,

    /// <summary>Every cell was read, but a score shown (or a stage) is not computable; the error column says why.</summary>
    NotComputable,

    /// <summary>The row could not be used as it is: malformed CSV, a different field count, or a cell that could not be read.</summary>
    Error,
}
