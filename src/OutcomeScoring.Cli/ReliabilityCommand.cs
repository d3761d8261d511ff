using System.CommandLine;
using System.Globalization;
using CsvHelper;
using OutcomeScoring.Change;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>reliability</c>: Cronbach's alpha over complete cases, as one table (a contract, docs/cli.md):
/// <c>item,alpha,lower,upper,n_complete,item_rest_r,alpha_if_deleted</c>; the first row (<c>all</c>) holds alpha,
/// its Feldt 95% interval and the complete-case count, then one row per item.
/// </summary>
internal static class ReliabilityCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var itemsArgument = new Argument<FileInfo>("items.csv") { Description = "CSV with a header; one person per row, one numeric column per item (blank = missing; such rows are left out)." };
        var outputOption = CommandFiles.OutputOption();
        var excelSafeOption = CommandFiles.ExcelSafeOption();
        var delimiterOption = CommandFiles.DelimiterOption();
        var command = new Command("reliability", "Cronbach's alpha with the Feldt 95% interval over complete cases, item-rest correlations and alpha if item deleted.")
        {
            itemsArgument, outputOption, delimiterOption, excelSafeOption,
        };
        command.SetAction(parse => CommandFiles.WithFiles(parse.GetValue(itemsArgument)!, parse.GetValue(outputOption), CommandFiles.Destination(output, parse.GetValue(excelSafeOption)), error, (reader, writer) => Run(reader, writer, error), CommandFiles.Reading(parse.GetValue(delimiterOption))));
        return command;
    }

    /// <summary>Computes reliability for <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
        {
            return CliApp.UnusableInput;
        }

        int[] items = [.. Enumerable.Range(0, header.Length).Where(c => !header[c].Trim().Equals("id", StringComparison.OrdinalIgnoreCase))];
        if (items.Length == 0)
        {
            error.WriteLine("error: the header names no item columns (every column but id is an item).");
            return CliApp.UnusableInput;
        }

        var rows = new List<IReadOnlyList<double?>>();
        int row = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            var values = new double?[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                string cell = items[i] < record.Length ? record[items[i]].Trim() : "";
                if (cell.Length == 0)
                {
                    continue;
                }

                if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
                {
                    values[i] = value;
                }
                else
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}: {header[items[i]].Trim()} '{cell}' is not a number; the row is left out as incomplete"));
                }
            }

            rows.Add(values);
        }

        CronbachAlphaResult result = Reliability.CronbachAlpha(rows);
        using CsvOutput writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, ["item", "alpha", "lower", "upper", "n_complete", "item_rest_r", "alpha_if_deleted"]);
        CsvInput.WriteRecord(writer, ["all", RowScorer.Number(result.Alpha), RowScorer.Number(result.Lower), RowScorer.Number(result.Upper), RowScorer.Whole(result.CompleteCaseCount), "", ""]);
        foreach (ItemReliability item in result.Items)
        {
            CsvInput.WriteRecord(writer, [header[items[item.Item]].Trim(), "", "", "", "", RowScorer.Number(item.ItemRestCorrelation), RowScorer.Number(item.AlphaIfDeleted)]);
        }

        writer.Flush();
        if (result.Explanation is { } reason)
        {
            error.WriteLine($"note: {reason}");
        }

        return 0;
    }
}
