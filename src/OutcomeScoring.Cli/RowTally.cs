using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// Counts the rows <c>score</c> writes by what became of them (<see cref="RowOutcome"/>: scored, a score not computable, or
/// cells that could not be read) and those with something in their <c>error</c> column, for the one-line summary on standard
/// error when writing to <c>--output</c> and for <c>--fail-on-row-errors</c> (docs/cli.md, exit codes).
/// </summary>
/// <param name="writeSummary">Whether to write the summary line when the file has been scored.</param>
/// <param name="failOnRowErrors">Whether a row with a reason in its error column makes the exit code <see cref="RowErrors"/>.</param>
internal sealed class RowTally(bool writeSummary, bool failOnRowErrors)
{
    /// <summary>Exit code with <c>--fail-on-row-errors</c> when every row was written but at least one has a reason in its error column.</summary>
    public const int RowErrors = 2;

    /// <summary>Gets the rows read (and written: one output row per input row).</summary>
    public long Rows { get; private set; }

    /// <summary>Gets the rows every shown score of which was computed.</summary>
    public long Scored { get; private set; }

    /// <summary>Gets the rows that were read but have a score (or stage) that is not computable.</summary>
    public long NotComputable { get; private set; }

    /// <summary>Gets the rows that could not be used as they are (malformed, a different field count, a cell that could not be read).</summary>
    public long Errors { get; private set; }

    /// <summary>Gets the rows whose <c>error</c> column is not empty (errors, not-computable reasons, or a note such as no cut-off).</summary>
    public long RowsWithReasons { get; private set; }

    /// <summary>Counts one row written.</summary>
    /// <param name="outcome">What became of the row.</param>
    /// <param name="hasReason">Whether its error column is not empty.</param>
    public void Row(RowOutcome outcome, bool hasReason)
    {
        Rows++;
        switch (outcome)
        {
            case RowOutcome.Scored: Scored++; break;
            case RowOutcome.NotComputable: NotComputable++; break;
            default: Errors++; break;
        }

        if (hasReason)
        {
            RowsWithReasons++;
        }
    }

    /// <summary>Writes the summary (when asked for) and returns the exit code of a file that was scored.</summary>
    public int Finish(TextWriter error)
    {
        if (writeSummary)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{Rows} {(Rows == 1 ? "row" : "rows")} read: {Scored} scored, {NotComputable} not computable, {Errors} with errors (cells that could not be read); the error column says why."));
        }

        return failOnRowErrors && RowsWithReasons > 0 ? RowErrors : 0;
    }
}
