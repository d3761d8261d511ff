using System.Globalization;
using nietras.SeparatedValues;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>score</c>'s fast path for a plain file (<see cref="PlainCsv"/>) and an engine instrument whose columns come straight
/// from the result (<see cref="CoreRowScorer.IsPlain"/>): Sep splits the lines, the form reader reads each item cell's
/// characters where they lie (no string per cell) into a byte code, the batch engine scores the row
/// (<see cref="Instrument.ScoreBatch(ReadOnlySpan{byte}, AnswerCodes, Span{ScoringOutcome})"/>), and <see cref="CsvRowWriter"/> writes it. The output, the row problems, the
/// summary and the exit code are those of <see cref="CsvScorer.Score"/>, which reads every other file.
/// </summary>
internal static class FastCsvScorer
{
    /// <summary>The byte code of an item not answered.</summary>
    public const byte NotAnsweredCode = 255;

    /// <summary>The byte code of an item answered "not applicable"; answers must lie below it.</summary>
    public const byte NotApplicableCode = 254;

    private static readonly AnswerCodes Codes = new(NotAnsweredCode, NotApplicableCode);

    /// <summary>Scores a plain file's rows; returns the exit code.</summary>
    public static int Score(TextReader input, TextWriter output, TextWriter error, CoreRowScorer scorer, ProgressReport? progress, RowTally? tally)
    {
        using SepReader reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true }).From(input);
        if (!TryReadHeader(reader, error, out string[] header))
        {
            return CliApp.UnusableInput;
        }

        if (!CsvScorer.TryBind(header, scorer, error, out int[] passThrough))
        {
            return CliApp.UnusableInput;
        }

        using var writer = new CsvRowWriter(output, output is CsvDestination { ExcelSafe: true });
        foreach (string name in (string[])[.. passThrough.Select(c => header[c]), .. scorer.Columns, "error"])
        {
            writer.Field(name);
        }

        writer.EndRecord();
        long rows = ScoreRows(reader, header.Length, passThrough, scorer, writer, progress, tally);
        writer.Flush();
        output.Flush();
        progress?.Finish(rows);
        if (scorer.Note is { } note)
        {
            error.WriteLine($"note: {note}");
        }

        return tally?.Finish(error) ?? 0;
    }

    /// <summary>The header: the first line that is not empty, a byte order mark removed (as <see cref="CsvInput.TryReadHeader"/>).</summary>
    private static bool TryReadHeader(SepReader reader, TextWriter error, out string[] header)
    {
        while (reader.MoveNext())
        {
            SepReader.Row row = reader.Current;
            if (row.Span.Length > 0)
            {
                header = row[0..row.ColCount].ToStringsArray();
                header[0] = header[0].TrimStart('\uFEFF');
                return true;
            }
        }

        error.WriteLine("error: the input is empty; a header row naming the columns is needed.");
        header = [];
        return false;
    }

    /// <summary>Scores and writes every row after the header; returns the number of rows.</summary>
    private static long ScoreRows(SepReader reader, int headerLength, int[] passThrough, CoreRowScorer scorer, CsvRowWriter writer, ProgressReport? progress, RowTally? tally)
    {
        FormReader form = scorer.Reader;
        int[] items = [.. form.ItemColumns];
        byte[] answers = new byte[items.Length];
        var outcome = new ScoringOutcome[1];
        var problems = new List<string>();
        var formProblems = new List<FormProblem>();
        long rows = 0;
        while (reader.MoveNext())
        {
            SepReader.Row row = reader.Current;
            if (row.Span.Length == 0)
            {
                continue;   // An empty line is no row (CsvInput: SkipEmptyLines).
            }

            problems.Clear();
            int fields = row.ColCount;
            if (fields != headerLength)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row has {fields} fields but the header has {headerLength}"));
            }
            else if (ReadAnswers(form.Layout, row, items, answers, formProblems) > 0)
            {
                problems.AddRange(formProblems.Select(p => p.Message));
            }

            foreach (int column in passThrough)
            {
                writer.Field(column < fields ? row[column].Span : []);
            }

            if (problems.Count == 0)
            {
                scorer.Instrument.ScoreBatch(answers, Codes, outcome);
                scorer.WriteCells(outcome[0], writer, problems);
            }
            else
            {
                scorer.WriteBlankCells(writer);
            }

            writer.Field(problems, "; ");
            writer.EndRecord();
            progress?.Row(++rows);
            tally?.Row(problems.Count > 0);
        }

        return rows;
    }

    /// <summary>Reads a row's item cells with the form reader's rules (<see cref="FormLayout.TryReadAnswer"/>) into byte codes.</summary>
    private static int ReadAnswers(FormLayout layout, SepReader.Row row, int[] items, byte[] answers, List<FormProblem> problems)
    {
        problems.Clear();
        for (int i = 0; i < items.Length; i++)
        {
            if (!layout.TryReadAnswer(i + 1, row[items[i]].Span, out Answer answer, out FormProblem problem))
            {
                problems.Add(problem);
            }

            answers[i] = answer.Value is { } value ? (byte)value : answer.IsNotApplicable ? NotApplicableCode : NotAnsweredCode;
        }

        return problems.Count;
    }
}
