using System.Globalization;
using CsvHelper;

namespace OutcomeScoring.Cli;

/// <summary>
/// Scores a CSV stream row by row: the columns the scorer does not read pass through unchanged, followed by
/// the scorer's result columns and <c>error</c>. Every input row gives exactly one output row, in order; a row
/// that cannot be scored carries the reason in <c>error</c>.
/// </summary>
internal static class CsvScorer
{
    /// <summary>Scores the rows of a file to standard output or an output file (see <see cref="CommandFiles.WithFiles(FileInfo, FileInfo?, TextWriter, TextWriter, Func{TextReader, TextWriter, int}, FileInfo[])"/>); returns the exit code.</summary>
    /// <remarks>
    /// A plain file (<see cref="PlainCsv"/>) scored by a plain engine scorer (<see cref="CoreRowScorer.IsPlain"/>) goes
    /// through <see cref="FastCsvScorer"/>, which writes the same bytes; <paramref name="fast"/> = <see langword="false"/>
    /// keeps every file on the general path (the benchmarks compare the two). A Parquet input scored by such a scorer goes
    /// through <see cref="ParquetScorer"/> (straight into byte columns), which also writes the same bytes.
    /// </remarks>
    public static int ScoreFile(FileInfo input, FileInfo? outputFile, RowScorer scorer, TextWriter output, TextWriter error, bool showProgress, RowTally? tally = null, bool fast = true, TabularFormat format = TabularFormat.Auto, char delimiter = CsvSource.Comma)
    {
        ProgressReport? progress = showProgress ? new ProgressReport(error) : null;

        // A Parquet input scored by a plain engine scorer is read straight into byte columns (ParquetScorer), with the same output.
        if (fast && delimiter == CsvSource.Comma && scorer is CoreRowScorer { IsPlain: true } direct && input.Exists && TabularFiles.Resolve(input, format) == TabularFormat.Parquet
            && ParquetScorer.TryScoreFile(input, outputFile, output, error, direct, progress, tally) is int code)
        {
            return code;
        }

        // A pipe or device (size 0) is read once, so it is never checked ahead: it takes the general path. So do Parquet and
        // Arrow inputs (TabularFiles), and files with another delimiter: the fast path copies passed-through cells as they are.
        return fast && delimiter == CsvSource.Comma && scorer is CoreRowScorer { IsPlain: true } plain && input.Exists && input.Length > 0 && TabularFiles.Resolve(input, format) == TabularFormat.Csv && PlainCsv.IsPlain(input.FullName)
            ? CommandFiles.WithFiles(input, outputFile, output, error, (reader, writer) => FastCsvScorer.Score(reader, writer, error, plain, progress, tally), open: CommandFiles.OpenPlainText)
            : CommandFiles.WithTable(input, format, outputFile, output, error, (reader, writer) => Score(reader, writer, error, scorer, progress, tally), CommandFiles.Reading(delimiter));
    }

    /// <summary>
    /// Binds the scorer to the header; a repeated or missing column is written as <c>error: ...</c> (the scorer's problem
    /// carries the hint when the file seems to use another delimiter). <paramref name="passThrough"/> is the columns the scorer does not consume.
    /// </summary>
    internal static bool TryBind(string[] header, RowScorer scorer, TextWriter error, out int[] passThrough)
    {
        if (!scorer.TryBind(header, out ISet<int> consumed, out string? problem))
        {
            error.WriteLine($"error: {problem}");
            passThrough = [];
            return false;
        }

        passThrough = [.. Enumerable.Range(0, header.Length).Where(c => !consumed.Contains(c))];
        return true;
    }

    /// <summary>Scores <paramref name="input"/> to <paramref name="output"/>; returns the exit code (<paramref name="tally"/>'s when given).</summary>
    public static int Score(TextReader input, TextWriter output, TextWriter error, RowScorer scorer, ProgressReport? progress = null, RowTally? tally = null)
    {
        using var rows = new CsvRows(input);
        if (!rows.TryReadHeader(error))
        {
            return CliApp.UnusableInput;
        }

        if (rows.HeaderMalformed is { } malformed)
        {
            error.WriteLine($"error: the header row is malformed CSV: {malformed}.");
            return CliApp.UnusableInput;
        }

        string[] header = rows.Header;
        if (!TryBind(header, scorer, error, out int[] passThrough))
        {
            return CliApp.UnusableInput;
        }

        using CsvOutput writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, [.. passThrough.Select(c => header[c]), .. scorer.Columns, "error"]);

        var cells = new string[scorer.Columns.Length];
        var problems = new List<string>();
        long read = 0;
        foreach (CsvRows.Row row in rows.Rows())
        {
            problems.Clear();
            Array.Fill(cells, "");
            RowOutcome outcome = RowOutcome.Error;
            if (row.Problem is { } problem)
            {
                problems.Add(problem);
            }
            else
            {
                outcome = scorer.Score(row.Cells, cells, problems);
            }

            WriteRow(writer, row.Cells, passThrough, cells, problems);
            progress?.Row(++read);
            tally?.Row(outcome, problems.Count > 0);
        }

        writer.Flush();
        progress?.Finish(read);
        if (scorer.Note is { } note)
        {
            error.WriteLine($"note: {note}");
        }

        return tally?.Finish(error) ?? 0;
    }

    /// <summary>Writes one output row: the passed-through cells, the result cells and the problems.</summary>
    private static void WriteRow(CsvOutput writer, string[] record, int[] passThrough, string[] cells, List<string> problems)
    {
        foreach (int column in passThrough)
        {
            writer.WriteField(column < record.Length ? record[column] : "");
        }

        foreach (string cell in cells)
        {
            writer.WriteField(cell);
        }

        writer.WriteField(string.Join("; ", problems));
        writer.EndRecord();
    }

    internal static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed (the rest of the input was read into this row)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        CsvMalformedReason.FieldCountMismatch => "a different number of fields from the header",
        CsvMalformedReason.TrailingEscape => "an escape character at the end of a field",
        _ => $"unreadable row ({reason})",
    };
}
