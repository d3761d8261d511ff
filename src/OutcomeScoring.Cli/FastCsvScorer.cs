using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using nietras.SeparatedValues;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>score</c>'s fast path for a plain file (<see cref="PlainCsv"/>) and an engine instrument whose columns come straight
/// from the result (<see cref="CoreRowScorer.IsPlain"/>). One thread reads: Sep splits the lines and the form reader reads
/// each item cell's characters where they lie (no string per cell) into byte codes, block by block (<see cref="RowBlock"/>).
/// The calling thread scores each block with the batch engine
/// (<see cref="Instrument.ScoreBatch(ReadOnlySpan{byte}, AnswerCodes, Span{ScoringOutcome})"/>) and writes it
/// (<see cref="CsvRowWriter"/>), so reading overlaps scoring and writing. The output, the row problems, the summary and
/// the exit code are those of <see cref="CsvScorer.Score"/>, which reads every other file.
/// </summary>
internal static class FastCsvScorer
{
    /// <summary>The byte code of an item not answered.</summary>
    public const byte NotAnsweredCode = 255;

    /// <summary>The byte code of an item answered "not applicable"; answers must lie below it.</summary>
    public const byte NotApplicableCode = 254;

    /// <summary>Blocks in flight between the two threads (with one being read and one being written).</summary>
    private const int BlocksInFlight = 2;

    private static readonly AnswerCodes Codes = new(NotAnsweredCode, NotApplicableCode);

    /// <summary>Scores a plain file's rows; returns the exit code.</summary>
    public static int Score(TextReader input, TextWriter output, TextWriter error, CoreRowScorer scorer, ProgressReport? progress, RowTally? tally)
    {
        using SepReader reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true }).From(input);
        if (!TryReadHeader(reader, error, out string[] header) || !CsvScorer.TryBind(header, scorer, error, out int[] passThrough))
        {
            return CliApp.UnusableInput;
        }

        bool excelSafe = output is CsvDestination { ExcelSafe: true };
        using var writer = new CsvRowWriter(output, excelSafe);
        foreach (string name in (string[])[.. passThrough.Select(c => header[c]), .. scorer.Columns, "error"])
        {
            writer.Field(name);
        }

        writer.EndRecord();
        var layout = new Layout(scorer.Reader.Layout, header.Length, [.. scorer.Reader.ItemColumns], passThrough);
        long rows = Pipeline(reader, layout, excelSafe, (block, rowsBefore) => WriteBlock(block, rowsBefore, layout, scorer, writer, progress, tally));
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

    /// <summary>
    /// Reads blocks on a thread of their own and hands each to <paramref name="write"/> on this one, in order; returns the
    /// number of rows. A failure on either side stops both and is thrown here.
    /// </summary>
    private static long Pipeline(SepReader reader, Layout layout, bool excelSafe, Action<RowBlock, long> write)
    {
        using var full = new BlockingCollection<RowBlock>(BlocksInFlight);
        using var empty = new BlockingCollection<RowBlock>();
        for (int i = 0; i < BlocksInFlight + 2; i++)
        {
            empty.Add(new RowBlock(layout.Items.Length, excelSafe));
        }

        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? readFailure = null;
        var reading = new Thread(() =>
        {
            try
            {
                RowBlock block;
                do
                {
                    block = empty.Take(stop.Token);
                    ReadBlock(reader, layout, block);
                    full.Add(block, stop.Token);
                }
                while (block.Count == RowBlock.Capacity);
            }
            catch (OperationCanceledException)
            {
                // The writing side failed; it reports why.
            }
            catch (Exception ex)
            {
                readFailure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                full.CompleteAdding();
            }
        }) { IsBackground = true, Name = "score: reading" };
        reading.Start();
        long rows = 0;
        try
        {
            foreach (RowBlock block in full.GetConsumingEnumerable())
            {
                write(block, rows);
                rows += block.Count;
                block.Clear();
                empty.Add(block);
            }
        }
        finally
        {
            stop.Cancel();
            reading.Join();
        }

        readFailure?.Throw();
        return rows;
    }

    /// <summary>Reads rows into an emptied block until it is full or the input ends; an empty line is no row (CsvInput: SkipEmptyLines).</summary>
    private static void ReadBlock(SepReader reader, Layout layout, RowBlock block)
    {
        int k = layout.Items.Length;
        var formProblems = new List<FormProblem>();
        while (block.Count < RowBlock.Capacity && reader.MoveNext())
        {
            SepReader.Row row = reader.Current;
            if (row.Span.Length == 0)
            {
                continue;
            }

            int r = block.Count++, fields = row.ColCount;
            Span<byte> answers = block.Answers.AsSpan(r * k, k);
            if (fields != layout.HeaderLength)
            {
                block.Problems[r] = [CsvInput.FieldCountProblem(fields, layout.HeaderLength)];
                answers.Fill(NotAnsweredCode);
            }
            else if (ReadAnswers(layout, row, answers, formProblems) > 0)
            {
                block.Problems[r] = [.. formProblems.Select(p => p.Message)];
            }

            foreach (int column in layout.PassThrough)
            {
                block.Text.Field(column < fields ? row[column].Span : []);
            }

            block.Text.EndPart();
            block.TextEnds[r] = block.Text.Written.Length;
        }
    }

    /// <summary>Reads a row's item cells with the form reader's rules (<see cref="FormLayout.TryReadAnswer"/>) into byte codes.</summary>
    private static int ReadAnswers(Layout layout, SepReader.Row row, Span<byte> answers, List<FormProblem> problems)
    {
        problems.Clear();
        for (int i = 0; i < answers.Length; i++)
        {
            if (!layout.Form.TryReadAnswer(i + 1, row[layout.Items[i]].Span, out Answer answer, out FormProblem problem))
            {
                problems.Add(problem);
            }

            answers[i] = answer.Value is { } value ? (byte)value : answer.IsNotApplicable ? NotApplicableCode : NotAnsweredCode;
        }

        return problems.Count;
    }

    /// <summary>Scores a block with the batch engine and writes its rows, as <see cref="CsvScorer.Score"/> writes them.</summary>
    private static void WriteBlock(RowBlock block, long rowsBefore, Layout layout, CoreRowScorer scorer, CsvRowWriter writer, ProgressReport? progress, RowTally? tally)
    {
        int k = layout.Items.Length;
        ScoringOutcome[] outcomes = layout.Outcomes;
        scorer.Instrument.ScoreBatch(block.Answers.AsSpan(0, block.Count * k), Codes, outcomes.AsSpan(0, block.Count));
        List<string> problems = layout.RowProblems;
        for (int r = 0; r < block.Count; r++)
        {
            writer.Raw(block.PassedThrough(r), hasFields: layout.PassThrough.Length > 0);
            problems.Clear();
            RowOutcome outcome = RowOutcome.Error;
            if (block.Problems[r] is { } unread)
            {
                problems.AddRange(unread);
                scorer.WriteBlankCells(writer);
            }
            else
            {
                outcome = scorer.WriteCells(outcomes[r], writer, problems);
            }

            writer.Field(problems, "; ");
            writer.EndRecord();
            progress?.Row(rowsBefore + r + 1);
            tally?.Row(outcome, problems.Count > 0);
        }
    }

    /// <summary>What both threads know of the file: the form, the header's length, the item and pass-through columns, and the writing thread's buffers.</summary>
    private sealed record Layout(FormLayout Form, int HeaderLength, int[] Items, int[] PassThrough)
    {
        public ScoringOutcome[] Outcomes { get; } = new ScoringOutcome[RowBlock.Capacity];

        public List<string> RowProblems { get; } = [];
    }
}
