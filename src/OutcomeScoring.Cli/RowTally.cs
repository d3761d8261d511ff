using System.Globalization;

namespace OutcomeScoring.Cli;

/// <summary>
/// Counts the rows <c>score</c> writes and those with something in their <c>error</c> column (a cell that could not be
/// read, or a score that is not computable, with the reason), for the one-line summary on standard error when writing to
/// <c>--output</c> and for <c>--fail-on-row-errors</c> (docs/cli.md, exit codes).
/// </summary>
/// <param name="writeSummary">Whether to write the summary line when the file has been scored.</param>
/// <param name="failOnRowErrors">Whether a row with errors makes the exit code <see cref="RowErrors"/>.</param>
internal sealed class RowTally(bool writeSummary, bool failOnRowErrors)
{
    /// <summary>Exit code with <c>--fail-on-row-errors</c> when every row was written but at least one has an error.</summary>
    public const int RowErrors = 2;

    /// <summary>Gets the rows read (and written: one output row per input row).</summary>
    public long Rows { get; private set; }

    /// <summary>Gets the rows whose <c>error</c> column is not empty.</summary>
    public long RowsWithErrors { get; private set; }

    /// <summary>Counts one row written.</summary>
    public void Row(bool hasErrors)
    {
        Rows++;
        if (hasErrors)
        {
            RowsWithErrors++;
        }
    }

    /// <summary>Writes the summary (when asked for) and returns the exit code of a file that was scored.</summary>
    public int Finish(TextWriter error)
    {
        if (writeSummary)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{Rows} {(Rows == 1 ? "row" : "rows")} read: {Rows - RowsWithErrors} without errors, {RowsWithErrors} with a reason in the error column."));
        }

        return failOnRowErrors && RowsWithErrors > 0 ? RowErrors : 0;
    }
}
