using System.Globalization;
using CsvHelper;
using OutcomeScoring.Forms;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>score &lt;id&gt; --shape mhsds</c>: every form as the Mental Health Services Data Set holds it, one row per coded score
/// (<see cref="Mhsds.Scores"/>): the columns the form reader does not read pass through, then <c>CodedAssToolType</c> (the
/// SNOMED CT concept id), <c>PersScore</c> (the score on the concept's scale), <c>scored</c> (which score, item or stage it
/// is) and <c>error</c>. A form that gives no coded score (its cells could not be read, or nothing is computable) still
/// gives one row, with blank code and score and the reason, so no input row is lost (docs/cli.md).
/// </summary>
internal static class MhsdsWriter
{
    /// <summary>The output columns after the passed-through ones.</summary>
    public static readonly string[] Columns = ["CodedAssToolType", "PersScore", "scored", "error"];

    /// <summary>Whether an instrument has any SNOMED CT code, so that --shape mhsds can write it.</summary>
    public static bool HasCodes(Instrument instrument) =>
        instrument.Scores.Any(s => s.Codes.Any(IsSnomed)) || instrument.Items.Any(i => i.Codes.Any(IsSnomed)) || instrument.Stages.Any(s => s.Codes.Any(IsSnomed));

    /// <summary>Writes the long table; returns the exit code (<paramref name="tally"/>'s when given).</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, Instrument instrument, ProratedItemSums prorated, RowTally? tally)
    {
        using var rows = new CsvRows(input);
        if (!rows.TryReadHeader(error) || !CsvInput.TryRefuseRepeated(rows.Header, error))
        {
            return CliApp.UnusableInput;
        }

        if (rows.HeaderMalformed is { } malformed)
        {
            error.WriteLine($"error: the header row is malformed CSV: {malformed}.");
            return CliApp.UnusableInput;
        }

        string[] header = rows.Header;
        if (!FormReader.TryBind(FormLayout.For(instrument), header, out FormReader? reader, out FormProblem bindingProblem))
        {
            error.WriteLine($"error: {bindingProblem.Message}{DelimiterHint.For(header)}");
            return CliApp.UnusableInput;
        }

        int[] passThrough = [.. Enumerable.Range(0, header.Length).Where(c => !reader.ItemColumns.Contains(c))];
        using CsvOutput writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, [.. passThrough.Select(c => header[c]), .. Columns]);
        var answers = new Answer[instrument.Items.Length];
        var problems = new List<FormProblem>();
        foreach (CsvRows.Row row in rows.Rows())
        {
            string[] kept = [.. passThrough.Select(c => c < row.Cells.Length ? row.Cells[c] : "")];
            (RowOutcome outcome, string reasons) = WriteForm(writer, kept, row, reader, instrument, answers, problems, prorated);
            tally?.Row(outcome, reasons.Length > 0);
        }

        writer.Flush();
        return tally?.Finish(error) ?? 0;
    }

    /// <summary>Writes one form's rows; returns what became of it and the reasons written.</summary>
    private static (RowOutcome, string) WriteForm(CsvOutput writer, string[] kept, CsvRows.Row row, FormReader reader, Instrument instrument, Answer[] answers, List<FormProblem> problems, ProratedItemSums prorated)
    {
        problems.Clear();
        InstrumentResult result = default;
        string? unread = row.Problem
            ?? (reader.ReadAnswers(row.Cells, answers, problems) > 0 ? string.Join("; ", problems.Select(p => p.Message))
            : !instrument.TryScore(answers, out result, out ScoringError scoringError) ? scoringError.Message
            : null);
        if (unread is not null)
        {
            WriteRow(writer, kept, "", "", "", unread);
            return (RowOutcome.Error, unread);
        }

        string notComputable = string.Join("; ", result.ToArray().Select(s => s.Explanation).OfType<string>());
        var coded = Mhsds.Scores(result, answers, prorated);
        if (coded.IsEmpty)
        {
            string why = notComputable.Length > 0 ? notComputable : $"{instrument.Name}: no coded score to write (nothing answered that has a SNOMED CT code).";
            WriteRow(writer, kept, "", "", "", why);
            return (RowOutcome.NotComputable, why);
        }

        // The reasons go on the form's first row, once.
        for (int i = 0; i < coded.Length; i++)
        {
            WriteRow(writer, kept, coded[i].Code.Code, RowScorer.Number(coded[i].Value), coded[i].Of, i == 0 ? notComputable : "");
        }

        return (notComputable.Length > 0 ? RowOutcome.NotComputable : RowOutcome.Scored, notComputable);
    }

    private static void WriteRow(CsvOutput writer, string[] kept, string code, string score, string of, string error)
    {
        foreach (string cell in kept)
        {
            writer.WriteField(cell);
        }

        writer.WriteField(code);
        writer.WriteField(score);
        writer.WriteField(of);
        writer.WriteField(error);
        writer.EndRecord();
    }

    private static bool IsSnomed(PublicCode code) => code.System == PublicCode.SnomedCt;
}
