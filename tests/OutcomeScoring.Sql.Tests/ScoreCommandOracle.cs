using System.Globalization;
using System.Text;
using CsvHelper;
using OutcomeScoring.Cli;

namespace OutcomeScoring.Sql.Tests;

/// <summary>
/// What the command line's <c>score</c> writes for an answer table: the table written as the CSV file it reads (blank,
/// <c>NA</c>, whole numbers; age and gender columns when the table has them), scored in process, and read back by column
/// name. This is the reference the SQL is held to.
/// </summary>
internal static class ScoreCommandOracle
{
    /// <summary>Scores the table with <c>score &lt;id&gt;</c> for a built-in (with <c>--value-set</c> when given), or <c>score --definition</c>.</summary>
    public static List<Dictionary<string, string>> Score(Instrument instrument, AnswerTable table, bool asBuiltIn, string? valueSet = null, IReadOnlyList<string>? options = null)
    {
        string folder = Directory.CreateTempSubdirectory("outcome-scoring-sql-").FullName;
        try
        {
            string input = Path.Combine(folder, "answers.csv");
            File.WriteAllText(input, Csv(instrument, table), new UTF8Encoding(false));
            List<string> args = ["score"];
            if (asBuiltIn)
            {
                args.AddRange([instrument.Id, input]);
            }
            else
            {
                string definition = Path.Combine(folder, "definition.json");
                File.WriteAllText(definition, instrument.ToJson());
                args.AddRange(["--definition", definition, input]);
            }

            if (valueSet is not null)
            {
                args.AddRange(["--value-set", valueSet]);
            }

            args.AddRange(options ?? []);
            if (table.Reference is { } reference)
            {
                args.AddRange(["--reference", reference]);
            }

            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int exit = CliApp.Run([.. args], output, error);
            Assert.True(exit == 0, $"score failed ({exit}): {error}");
            return Read(output.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// What <c>score</c> writes for a definition with a calibration bound (<see cref="Instrument.WithCalibration(OutcomeScoring.Activation.ICalibration)"/>):
    /// the command's own file scorer and row scorer (as <c>score pam-13 --calibration</c> scores PAM-13) over the table
    /// written as CSV. <c>score --definition</c> takes no calibration, so this is the command's path with the definition given.
    /// </summary>
    public static List<Dictionary<string, string>> ScoreCalibrated(Instrument calibrated, AnswerTable table)
    {
        string folder = Directory.CreateTempSubdirectory("outcome-scoring-sql-").FullName;
        try
        {
            string input = Path.Combine(folder, "answers.csv");
            File.WriteAllText(input, Csv(calibrated, table), new UTF8Encoding(false));
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int exit = CsvScorer.ScoreFile(new FileInfo(input), null, new CoreRowScorer(calibrated, null), output, error, showProgress: false);
            Assert.True(exit == 0, $"score failed ({exit}): {error}");
            return Read(output.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Csv(Instrument instrument, AnswerTable table)
    {
        var csv = new StringBuilder();
        List<string> header = ["id", .. instrument.Items.Select(i => $"item{i.Number}")];
        if (table.WithAge)
        {
            header.Add("age");
        }

        if (table.WithGender)
        {
            header.Add("gender");
        }

        header.AddRange(table.HelpColumns);

        csv.AppendLine(string.Join(',', header));
        foreach (AnswerRow row in table.Rows)
        {
            List<string> cells = [row.Id.ToString(CultureInfo.InvariantCulture), .. row.Items.Select(c => c.Csv)];
            if (table.WithAge)
            {
                cells.Add(row.Age?.ToString(CultureInfo.InvariantCulture) ?? "");
            }

            if (table.WithGender)
            {
                cells.Add(row.Gender ?? "");
            }

            if (table.WithHelp)
            {
                cells.AddRange(row.Help.Select(h => h ?? ""));
            }

            csv.AppendLine(string.Join(',', cells));
        }

        return csv.ToString();
    }

    private static List<Dictionary<string, string>> Read(string output)
    {
        using CsvReader reader = CsvInput.Open(new StringReader(output));
        Assert.True(CsvInput.TryReadHeader(reader, TextWriter.Null, out string[] header));
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            string[] cells = reader.Current.ToArray();
            rows.Add(header.Select((name, i) => (name, value: cells[i])).ToDictionary(p => p.name, p => p.value));
        }

        return rows;
    }
}
