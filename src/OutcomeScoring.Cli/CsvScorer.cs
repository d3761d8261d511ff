using System.Globalization;
using CsvHelper;

namespace OutcomeScoring.Cli;

/// <summary>
/// Scores a CSV stream row by row: the input's non-item columns pass through unchanged, followed by the
/// instrument's result columns. Every input row gives exactly one output row, in order; a row that cannot be
/// scored carries the reason in <c>error</c>.
/// </summary>
internal static class CsvScorer
{
    /// <summary>Scores <paramref name="input"/> to <paramref name="output"/>; returns the exit code.</summary>
    public static int Score(TextReader input, TextWriter output, TextWriter error, ScoreOptions options)
    {
        Instrument instrument = options.Instrument;
        OutputLayout layout = OutputLayout.For(instrument.Id);
        string? malformed = null;
        var readOptions = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => malformed ??= Describe(record.Reason),
        };

        using var parser = CsvReader.Create(input, readOptions, leaveOpen: true);
        if (!parser.Read())
        {
            error.WriteLine("error: the input is empty; a header row naming the columns is needed.");
            return CliApp.UnusableInput;
        }

        if (malformed is not null)
        {
            error.WriteLine($"error: the header row is malformed CSV: {malformed}.");
            return CliApp.UnusableInput;
        }

        string[] header = parser.Current.ToArray();
        if (header.Length > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        if (!TryMapColumns(header, instrument, layout, out ColumnMap map, out string? problem))
        {
            error.WriteLine($"error: {problem}");
            return CliApp.UnusableInput;
        }

        using var writer = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.None }, leaveOpen: true);
        foreach (int column in map.PassThrough)
        {
            writer.WriteField(header[column]);
        }

        foreach (string column in layout.Columns)
        {
            writer.WriteField(column);
        }

        writer.WriteField("error");
        writer.EndRecord();

        var answers = new Answer[instrument.Items.Length];
        var cells = new string[layout.Columns.Length];
        var problems = new List<string>();
        malformed = null;
        while (parser.Read())
        {
            string[] record = parser.Current.ToArray();
            foreach (int column in map.PassThrough)
            {
                writer.WriteField(column < record.Length ? record[column] : "");
            }

            problems.Clear();
            Array.Fill(cells, "");
            if (malformed is not null)
            {
                problems.Add($"malformed CSV: {malformed}");
            }
            else if (record.Length != header.Length)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row has {record.Length} fields but the header has {header.Length}"));
            }
            else
            {
                ScoreRow(record, instrument, map, options, answers, layout, cells, problems);
            }

            foreach (string cell in cells)
            {
                writer.WriteField(cell);
            }

            writer.WriteField(string.Join("; ", problems));
            writer.EndRecord();
            malformed = null;
        }

        writer.Flush();
        return 0;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed (the rest of the input was read into this row)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        CsvMalformedReason.FieldCountMismatch => "a different number of fields from the header",
        CsvMalformedReason.TrailingEscape => "an escape character at the end of a field",
        _ => $"unreadable row ({reason})",
    };

    private static void ScoreRow(string[] record, Instrument instrument, ColumnMap map, ScoreOptions options, Answer[] answers, OutputLayout layout, string[] cells, List<string> problems)
    {
        ResponseScale scale = instrument.Scale;
        for (int i = 0; i < answers.Length; i++)
        {
            string cell = record[map.Items[i]].Trim();
            if (cell.Length == 0)
            {
                answers[i] = Answer.NotAnswered;
            }
            else if (!int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                problems.Add($"item{i + 1}: '{cell}' is not a whole number on the response scale {scale}");
            }
            else if (!scale.Contains(value))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"item{i + 1}: answer {value} is outside the response scale {scale}"));
            }
            else
            {
                answers[i] = value;
            }
        }

        if (problems.Count > 0)
        {
            return;
        }

        if (!instrument.TryScore(answers, out InstrumentResult result, out ScoringError scoringError))
        {
            problems.Add(scoringError.Message);
            return;
        }

        CutoffComparison? comparison = null;
        if (layout.UsesAgeAndGender && (map.Age >= 0 || map.Gender >= 0))
        {
            comparison = CompareWithCutoff(result, record, map, options, problems);
        }

        layout.Fill(new RowScores(result, comparison), cells);
        foreach (Score score in result)
        {
            if (score.Explanation is { } why)
            {
                problems.Add(why);
            }
        }
    }

    private static CutoffComparison? CompareWithCutoff(InstrumentResult result, string[] record, ColumnMap map, ScoreOptions options, List<string> problems)
    {
        string ageCell = map.Age >= 0 ? record[map.Age].Trim() : "";
        string genderCell = map.Gender >= 0 ? record[map.Gender].Trim() : "";
        if (ageCell.Length == 0 && genderCell.Length == 0)
        {
            return null;
        }

        int? age = null;
        if (ageCell.Length > 0)
        {
            if (int.TryParse(ageCell, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
            {
                age = parsed;
            }
            else
            {
                problems.Add($"age: '{ageCell}' is not a whole number of years; no cut-off");
                return null;
            }
        }

        Gender? gender = genderCell.ToUpperInvariant() switch
        {
            "" => null,
            "M" => Gender.Male,
            "F" => Gender.Female,
            _ => null,
        };
        if (genderCell.Length > 0 && gender is null)
        {
            problems.Add($"gender: '{genderCell}' is not M or F; no cut-off");
            return null;
        }

        CutoffComparison comparison = result.CompareWithCutoff(gender, age, options.CutoffReference);
        if (comparison.Lookup.Reason is { } reason)
        {
            problems.Add(reason);
        }

        return comparison;
    }

    private static bool TryMapColumns(string[] header, Instrument instrument, OutputLayout layout, out ColumnMap map, out string? problem)
    {
        int n = instrument.Items.Length;
        int[] items = new int[n];
        Array.Fill(items, -1);
        var passThrough = new List<int>();
        int age = -1, gender = -1;
        for (int column = 0; column < header.Length; column++)
        {
            string name = header[column].Trim();
            if (name.StartsWith("item", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                && number >= 1 && number <= n)
            {
                if (items[number - 1] >= 0)
                {
                    map = default;
                    problem = $"the header has the column item{number} more than once.";
                    return false;
                }

                items[number - 1] = column;
                continue;
            }

            passThrough.Add(column);
            if (layout.UsesAgeAndGender && name.Equals("age", StringComparison.OrdinalIgnoreCase))
            {
                age = column;
            }
            else if (layout.UsesAgeAndGender && name.Equals("gender", StringComparison.OrdinalIgnoreCase))
            {
                gender = column;
            }
        }

        string[] missing = [.. Enumerable.Range(0, n).Where(i => items[i] < 0).Select(i => $"item{i + 1}")];
        if (missing.Length > 0)
        {
            map = default;
            problem = $"the header lacks the item column(s) {string.Join(", ", missing)}; {instrument.Name} needs item1 to item{n} (case-insensitive).";
            return false;
        }

        map = new ColumnMap(items, [.. passThrough], age, gender);
        problem = null;
        return true;
    }

    private readonly record struct ColumnMap(int[] Items, int[] PassThrough, int Age, int Gender);
}
