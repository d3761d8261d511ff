using System.Globalization;
using CsvHelper;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>funnel</c>: funnel limits for a proportion per unit, one output row per input row:
/// <c>unit,value,z,lower95,upper95,lower998,upper998,outside95,outside998,error</c> (a contract, docs/cli.md).
/// </summary>
internal static class FunnelCommand
{
    /// <summary>Computes the funnel for <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, string unitColumn, string numeratorColumn, string denominatorColumn, FunnelOptions options)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header))
        {
            return CliApp.UnusableInput;
        }

        int Find(string name) => CsvInput.Find(header, name);
        (string Name, int Index)[] columns = [(unitColumn, Find(unitColumn)), (numeratorColumn, Find(numeratorColumn)), (denominatorColumn, Find(denominatorColumn))];
        string[] missing = [.. columns.Where(c => c.Index < 0).Select(c => c.Name)];
        if (missing.Length > 0)
        {
            error.WriteLine($"error: the header lacks the column(s) {string.Join(", ", missing)}.");
            return CliApp.UnusableInput;
        }

        int unit = columns[0].Index, numerator = columns[1].Index, denominator = columns[2].Index;
        var ids = new List<string>();
        var problems = new List<string?>();
        var units = new List<ProportionUnit>();
        var unitRow = new List<int>();
        int row = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            string id = unit < record.Length ? record[unit].Trim() : "";
            ids.Add(id);
            string? problem = Read(record, header.Length, id, unitColumn, (numerator, numeratorColumn), (denominator, denominatorColumn), out long n, out long d);
            problems.Add(problem);
            if (problem is null)
            {
                units.Add(new ProportionUnit(id, n, d));
                unitRow.Add(row - 1);
            }
            else
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}{(id.Length > 0 ? $" ({id})" : "")}: {problem}; left off the funnel"));
            }
        }

        FunnelChart chart;
        try
        {
            chart = FunnelChart.ForProportions(units, options);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return CliApp.UnusableInput;
        }

        var resultAtRow = new Dictionary<int, FunnelUnitResult>();
        for (int i = 0; i < chart.Units.Length; i++)
        {
            resultAtRow[unitRow[i]] = chart.Units[i];
        }

        using CsvWriter writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, ["unit", "value", "z", "lower95", "upper95", "lower998", "upper998", "outside95", "outside998", "error"]);
        for (int r = 0; r < ids.Count; r++)
        {
            writer.WriteField(ids[r]);
            if (resultAtRow.TryGetValue(r, out FunnelUnitResult result))
            {
                writer.WriteField(RowScorer.Number(result.Value));
                writer.WriteField(RowScorer.Number(result.ZScore));
                writer.WriteField(RowScorer.Number(result.Lower95));
                writer.WriteField(RowScorer.Number(result.Upper95));
                writer.WriteField(RowScorer.Number(result.Lower998));
                writer.WriteField(RowScorer.Number(result.Upper998));
                writer.WriteField(result.HasValue ? Side(result.Outside95) : "");
                writer.WriteField(result.HasValue ? Side(result.Outside998) : "");
                writer.WriteField(result.Explanation ?? "");
            }
            else
            {
                for (int c = 0; c < 8; c++)
                {
                    writer.WriteField("");
                }

                writer.WriteField(problems[r]);
            }

            writer.EndRecord();
        }

        writer.Flush();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: target {chart.Target:R} ({(chart.IsTargetPooled ? "pooled" : "given")}), method {chart.Method}, over-dispersion {chart.Overdispersion} (phi {chart.Phi:R}, tau2 {chart.Tau2:R}). Comparisons of providers are exploratory."));
        return 0;
    }

    /// <summary>Reads a row's counts once: the reason it cannot be used, or <see langword="null"/> with the counts.</summary>
    private static string? Read(string[] record, int fields, string id, string unitColumn, (int Index, string Name) numerator, (int Index, string Name) denominator, out long n, out long d)
    {
        n = d = 0;
        if (record.Length != fields)
        {
            return string.Create(CultureInfo.InvariantCulture, $"row has {record.Length} fields but the header has {fields}");
        }

        if (id.Length == 0)
        {
            return $"no {unitColumn}";
        }

        string top = record[numerator.Index].Trim(), bottom = record[denominator.Index].Trim();
        if (!long.TryParse(top, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n))
        {
            return $"{numerator.Name} '{top}' is not a whole number";
        }

        if (!long.TryParse(bottom, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out d))
        {
            return $"{denominator.Name} '{bottom}' is not a whole number";
        }

        return n < 0 || d < 0 ? "counts cannot be negative"
            : n > d ? string.Create(CultureInfo.InvariantCulture, $"{numerator.Name} {n} exceeds {denominator.Name} {d}")
            : null;
    }

    private static string Side(FunnelSide side) => side switch
    {
        FunnelSide.Above => "above",
        FunnelSide.Below => "below",
        _ => "no",
    };
}
