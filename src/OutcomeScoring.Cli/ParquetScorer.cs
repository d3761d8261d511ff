using System.Globalization;
using System.Numerics;
using OutcomeScoring.Forms;
using Parquet;
using Parquet.Schema;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>score</c>'s direct path for a Parquet input and an engine instrument whose columns come straight from the result
/// (<see cref="CoreRowScorer.IsPlain"/>): each row group's item columns are read into one byte column per item and scored
/// with <see cref="Instrument.ScoreColumns(ReadOnlySpan{ReadOnlyMemory{byte}}, AnswerCodes, ColumnarScores)"/>, with no
/// CSV text in between. Every cell is read by the rules the CSV route applies to the text that route would make of it
/// (<see cref="ColumnarCells"/>, then <see cref="FormLayout.TryReadAnswer"/>): a null is a blank, a whole number on the scale
/// is that answer, and anything else (off the scale, not whole, text) is the same row problem; so the output, the problems,
/// the summary and the exit code are those of the CSV route (<see cref="CsvScorer.Score"/> over <see cref="ParquetInput"/>).
/// </summary>
/// <remarks>
/// Integer columns of any width (nullable or not) are read through a per-item table of the 256 byte values; floating point
/// columns too where a value is a whole number from 1 to 255; every other cell (text, decimals, dates, values outside
/// those ranges) is formatted and read one by one. Files the path does not cover go the CSV route: a column of a type the
/// tool does not read (the route names it), and a file of fewer than two columns (a single empty cell would be a blank line
/// to the CSV reader). Memory is one row group at a time.
/// </remarks>
internal static class ParquetScorer
{
    private static readonly AnswerCodes Codes = new(FastCsvScorer.NotAnsweredCode, FastCsvScorer.NotApplicableCode);

    /// <summary>
    /// Scores the file on the direct path and returns the exit code, or returns <see langword="null"/> without writing
    /// anything when the path does not cover it (or it cannot be opened: the CSV route then reports why).
    /// </summary>
    public static int? TryScoreFile(FileInfo input, FileInfo? outputFile, TextWriter output, TextWriter error, CoreRowScorer scorer, ProgressReport? progress, RowTally? tally)
    {
        ParquetReader reader;
        DataField[] fields;
        IDisposable file;
        try
        {
            (reader, fields, file) = TabularFiles.OpenParquet(input.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        using (file)
        {
            if (fields.Length < 2 || !fields.All(ParquetInput.IsReadable))
            {
                return null;
            }

            return CommandFiles.WithOutput(outputFile, output, error, [input], writer => Score(reader, fields, writer, error, scorer, progress, tally));
        }
    }

    /// <summary>Scores every row group to <paramref name="output"/>; returns the exit code.</summary>
    private static int Score(ParquetReader reader, DataField[] fields, TextWriter output, TextWriter error, CoreRowScorer scorer, ProgressReport? progress, RowTally? tally)
    {
        string[] header = [.. fields.Select(f => f.Name)];
        header[0] = header[0].TrimStart('\uFEFF');
        if (!CsvScorer.TryBind(header, scorer, error, out int[] passThrough))
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
        var group = new RowGroup(scorer.Reader.Layout, [.. scorer.Reader.ItemColumns.Select(c => fields[c])], [.. passThrough.Select(c => fields[c])]);
        var problems = new List<string>();
        ColumnarScores? scores = null;
        long rows = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            int count = group.Read(reader, g, rows);
            scores = scores is null
                ? scorer.Instrument.ScoreColumns(group.Answers(count), Codes)
                : scorer.Instrument.ScoreColumns(group.Answers(count), Codes, scores);
            for (int r = 0; r < count; r++)
            {
                foreach (Func<int, string?> cell in group.PassedThrough)
                {
                    writer.Field(cell(r));
                }

                problems.Clear();
                RowOutcome outcome = RowOutcome.Error;
                if (group.Problems[r] is { } unread)
                {
                    problems.AddRange(unread);
                    scorer.WriteBlankCells(writer);
                }
                else
                {
                    outcome = scorer.WriteCells(scores.Outcome(r), writer, problems);
                }

                writer.Field(problems, "; ");
                writer.EndRecord();
                progress?.Row(rows + r + 1);
                tally?.Row(outcome, problems.Count > 0);
            }

            rows += count;

            // A row group's decoded columns (Parquet.Net's buffers, the passed-through cells) are large objects that only a full
            // collection frees; collecting once per group (a few milliseconds for a heap of one group) keeps memory flat.
            GC.Collect();
        }

        writer.Flush();
        output.Flush();
        progress?.Finish(rows);
        if (scorer.Note is { } note)
        {
            error.WriteLine($"note: {note}");
        }

        return tally?.Finish(error) ?? 0;
    }

    /// <summary>One row group at a time: the item columns as byte codes, each row's problems, and the passed-through cells.</summary>
    private sealed class RowGroup(FormLayout form, DataField[] items, DataField[] passThrough)
    {
        private readonly short[][] _tables = [.. items.Select((_, i) => Table(form, i + 1))];
        private readonly byte[] _blanks = [.. items.Select((_, i) => Code(form, i + 1, ""))];
        private readonly Dictionary<Type, Array> _buffers = [];
        private byte[][] _columns = [.. items.Select(_ => Array.Empty<byte>())];
        private readonly ReadOnlyMemory<byte>[] _answers = new ReadOnlyMemory<byte>[items.Length];

        /// <summary>Gets each row's problems (null for a row read without any), in item order as the CSV route lists them.</summary>
        public List<string>?[] Problems { get; private set; } = [];

        /// <summary>Gets the cells of the columns passed through, by row (null for a null).</summary>
        public Func<int, string?>[] PassedThrough { get; private set; } = [];

        /// <summary>Reads row group <paramref name="index"/>; returns its row count. A file damaged part way is an <see cref="InvalidDataException"/>, as on the CSV route.</summary>
        public int Read(ParquetReader reader, int index, long rowsBefore)
        {
            try
            {
                using ParquetRowGroupReader rows = reader.OpenRowGroupReader(index);
                int count = checked((int)rows.RowCount);
                if (_columns[0].Length < count)
                {
                    _columns = [.. items.Select(_ => new byte[count])];
                    Problems = new List<string>?[count];
                }

                Array.Clear(Problems, 0, count);
                for (int i = 0; i < items.Length; i++)
                {
                    ReadItem(rows, i, count);
                }

                PassedThrough = [.. passThrough.Select(field => ParquetInput.Column(rows, field, count))];
                return count;
            }
            catch (Exception ex) when (ex is not InvalidDataException and not IOException and not OutOfMemoryException)
            {
                throw new InvalidDataException($"the input could not be read past row {rowsBefore}: {ex.Message}", ex);
            }
        }

        /// <summary>The first <paramref name="count"/> answers of each item column.</summary>
        public ReadOnlySpan<ReadOnlyMemory<byte>> Answers(int count)
        {
            for (int i = 0; i < _answers.Length; i++)
            {
                _answers[i] = _columns[i].AsMemory(0, count);
            }

            return _answers;
        }

        private void ReadItem(ParquetRowGroupReader rows, int i, int count)
        {
            DataField field = items[i];
            Type type = field.ClrType;
            if (type == typeof(sbyte)) Integers<sbyte>(rows, i, count);
            else if (type == typeof(byte)) Integers<byte>(rows, i, count);
            else if (type == typeof(short)) Integers<short>(rows, i, count);
            else if (type == typeof(ushort)) Integers<ushort>(rows, i, count);
            else if (type == typeof(int)) Integers<int>(rows, i, count);
            else if (type == typeof(uint)) Integers<uint>(rows, i, count);
            else if (type == typeof(long)) Integers<long>(rows, i, count);
            else if (type == typeof(ulong)) Integers<ulong>(rows, i, count);
            else if (type == typeof(double)) Numbers<double>(rows, i, count);
            else if (type == typeof(float)) Numbers<float>(rows, i, count);
            else
            {
                Func<int, string?> cells = ParquetInput.Column(rows, field, count);
                Span<byte> column = _columns[i].AsSpan(0, count);
                for (int r = 0; r < count; r++)
                {
                    column[r] = Cell(i, r, cells(r));
                }
            }
        }

        private void Integers<T>(ParquetRowGroupReader rows, int i, int count)
            where T : struct, IBinaryInteger<T>
        {
            short[] table = _tables[i];
            Span<byte> column = _columns[i].AsSpan(0, count);
            if (items[i].IsNullable)
            {
                T?[] values = Buffer<T?>(count);
                Sync.Wait(rows.ReadAsync<T>(items[i], values.AsMemory(0, count), null));
                for (int r = 0; r < count; r++)
                {
                    column[r] = values[r] is T value ? Whole(i, r, value, int.CreateSaturating(value), table) : _blanks[i];
                }
            }
            else
            {
                T[] values = Buffer<T>(count);
                Sync.Wait(rows.ReadAsync<T>(items[i], values.AsMemory(0, count), null));
                for (int r = 0; r < count; r++)
                {
                    column[r] = Whole(i, r, values[r], int.CreateSaturating(values[r]), table);
                }
            }
        }

        /// <summary>Floating point: a whole number from 1 to 255 is written by <see cref="ColumnarCells"/> as its digits, so the table reads it; anything else is formatted.</summary>
        private void Numbers<T>(ParquetRowGroupReader rows, int i, int count)
            where T : struct, IFloatingPoint<T>
        {
            short[] table = _tables[i];
            Span<byte> column = _columns[i].AsSpan(0, count);
            T?[] values = Buffer<T?>(count);
            if (items[i].IsNullable)
            {
                Sync.Wait(rows.ReadAsync<T>(items[i], values.AsMemory(0, count), null));
            }
            else
            {
                T[] required = Buffer<T>(count);
                Sync.Wait(rows.ReadAsync<T>(items[i], required.AsMemory(0, count), null));
                for (int r = 0; r < count; r++)
                {
                    values[r] = required[r];
                }
            }

            for (int r = 0; r < count; r++)
            {
                if (values[r] is not T value)
                {
                    column[r] = _blanks[i];
                    continue;
                }

                double number = double.CreateTruncating(value);
                column[r] = number is >= 1 and <= 255 && double.IsInteger(number) ? Whole(i, r, value, (int)number, table) : Cell(i, r, ColumnarCells.Format(value));
            }
        }

        /// <summary>A whole number: the table's code when it has one for the value, else the cell read as text (a problem).</summary>
        private byte Whole<T>(int i, int r, T value, int number, short[] table) =>
            (uint)number <= byte.MaxValue && table[number] >= 0 ? (byte)table[number] : Cell(i, r, ColumnarCells.Format(value));

        /// <summary>Reads a cell's text by the form's rules; a problem is added to the row's problems.</summary>
        private byte Cell(int i, int r, string? text)
        {
            if (!form.TryReadAnswer(i + 1, text ?? "", out Answer answer, out FormProblem problem))
            {
                (Problems[r] ??= []).Add(problem.Message);
            }

            return Code(answer);
        }

        private T[] Buffer<T>(int count)
        {
            if (!_buffers.TryGetValue(typeof(T), out Array? buffer) || buffer.Length < count)
            {
                buffer = new T[Math.Max(count, _columns[0].Length)];
                _buffers[typeof(T)] = buffer;
            }

            return (T[])buffer;
        }

        /// <summary>For each byte value, the code of the answer its digits are read as, or -1 when they are a problem.</summary>
        private static short[] Table(FormLayout form, int itemNumber)
        {
            var table = new short[byte.MaxValue + 1];
            for (int value = 0; value < table.Length; value++)
            {
                table[value] = form.TryReadAnswer(itemNumber, value.ToString(CultureInfo.InvariantCulture), out Answer answer, out _) ? Code(answer) : (short)-1;
            }

            return table;
        }

        private static byte Code(FormLayout form, int itemNumber, string text)
        {
            form.TryReadAnswer(itemNumber, text, out Answer answer, out _);
            return Code(answer);
        }

        private static byte Code(Answer answer) =>
            answer.Value is { } value ? (byte)value : answer.IsNotApplicable ? FastCsvScorer.NotApplicableCode : FastCsvScorer.NotAnsweredCode;
    }
}
