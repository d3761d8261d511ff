using System.CommandLine;
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
    /// <summary>The names of the over-dispersion adjustments (also report.json's funnel overdispersion).</summary>
    internal static readonly OptionValues<OverdispersionAdjustment> Adjustments = new(
        ("none", OverdispersionAdjustment.None), ("multiplicative", OverdispersionAdjustment.Multiplicative), ("additive", OverdispersionAdjustment.Additive));

    /// <summary>The names of the methods for proportions (also report.json's funnel method).</summary>
    internal static readonly OptionValues<FunnelMethod> Methods = new(
        ("normal", FunnelMethod.Normal), ("exact", FunnelMethod.ExactBinomial), ("arcsine", FunnelMethod.Arcsine));

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var unitsArgument = new Argument<FileInfo>("units.csv") { Description = "CSV with a header; one unit per row with a numerator and a denominator." };
        var unitOption = new Option<string>("--unit") { Description = "The column naming each unit (default: unit).", DefaultValueFactory = _ => "unit" };
        var numeratorOption = new Option<string>("--numerator") { Description = "The column with each unit's numerator (for example positive responses).", Required = true };
        var denominatorOption = new Option<string>("--denominator") { Description = "The column with each unit's denominator (for example total responses).", Required = true };
        var targetOption = new Option<double?>("--target") { Description = "The target proportion t0 (0-1); by default the pooled proportion." };
        var overdispersionOption = Adjustments.Option(
            "--overdispersion",
            $"Over-dispersion adjustment: {Adjustments.Describe(FunnelOptions.Default.Overdispersion)} (Spiegelhalter 2005; Winsorised phi).",
            FunnelOptions.Default.Overdispersion);
        var methodOption = Methods.Option(
            "--method",
            $"Limits: {Methods.Describe(FunnelOptions.DefaultProportionMethod)}; exact is binomial with interpolation.",
            FunnelOptions.DefaultProportionMethod);
        var outputOption = CommandFiles.OutputOption("the table");
        var excelSafeOption = CommandFiles.ExcelSafeOption();
        var command = new Command("funnel", "Funnel limits (95% and 99.8%) for a proportion per unit, with each unit's z-score and side. Comparisons of providers are exploratory." + Usage.Needs("--numerator <column> and --denominator <column>; each unit named in the 'unit' column unless --unit names another"))
        {
            unitsArgument,
            unitOption,
            numeratorOption,
            denominatorOption,
            targetOption,
            overdispersionOption,
            methodOption,
            outputOption,
            excelSafeOption,
        };
        command.SetAction(parse =>
        {
            var options = new FunnelOptions
            {
                Target = parse.GetValue(targetOption),
                Method = Methods[parse.GetValue(methodOption)!],
                Overdispersion = Adjustments[parse.GetValue(overdispersionOption)!],
            };
            return CommandFiles.WithFiles(parse.GetValue(unitsArgument)!, parse.GetValue(outputOption), CommandFiles.Destination(output, parse.GetValue(excelSafeOption)), error, (reader, writer) =>
                Run(reader, writer, error, parse.GetValue(unitOption)!, parse.GetValue(numeratorOption)!, parse.GetValue(denominatorOption)!, options));
        });
        return command;
    }

    /// <summary>Computes the funnel for <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, string unitColumn, string numeratorColumn, string denominatorColumn, FunnelOptions options)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
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

        Rows rows = Read(reader, header.Length, columns, error);
        if (!CliApp.TryCompute(() => FunnelChart.ForProportions(rows.Units, options), error, out FunnelChart? chart))
        {
            return CliApp.UnusableInput;
        }

        Write(output, chart, rows);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: target {chart.Target:R} ({(chart.IsTargetPooled ? "pooled" : "given")}), method {chart.Method}, over-dispersion {chart.Overdispersion} (phi {chart.Phi:R}, tau2 {chart.Tau2:R}). Comparisons of providers are exploratory."));
        return 0;
    }

    /// <summary>The rows read: every row's unit id and problem (or none), and the units charted with the (zero-based) row of each.</summary>
    private sealed record Rows(List<string> Ids, List<string?> Problems, List<ProportionUnit> Units, List<int> UnitRow);

    /// <summary>Reads every row; a row that cannot be used is reported and keeps its problem for the error column.</summary>
    private static Rows Read(CsvReader reader, int fields, (string Name, int Index)[] columns, TextWriter error)
    {
        int unit = columns[0].Index;
        var rows = new Rows([], [], [], []);
        int row = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            string id = unit < record.Length ? record[unit].Trim() : "";
            rows.Ids.Add(id);
            string? problem = Read(record, fields, id, columns[0].Name, (columns[1].Index, columns[1].Name), (columns[2].Index, columns[2].Name), out long n, out long d);
            rows.Problems.Add(problem);
            if (problem is null)
            {
                rows.Units.Add(new ProportionUnit(id, n, d));
                rows.UnitRow.Add(row - 1);
            }
            else
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row}{(id.Length > 0 ? $" ({id})" : "")}: {problem}; left off the funnel"));
            }
        }

        return rows;
    }

    /// <summary>Writes one row per input row: the unit's funnel values, or blanks and the row's problem.</summary>
    private static void Write(TextWriter output, FunnelChart chart, Rows rows)
    {
        var resultAtRow = new Dictionary<int, FunnelUnitResult>();
        for (int i = 0; i < chart.Units.Length; i++)
        {
            resultAtRow[rows.UnitRow[i]] = chart.Units[i];
        }

        using CsvOutput writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, ["unit", "value", "z", "lower95", "upper95", "lower998", "upper998", "outside95", "outside998", "error"]);
        for (int r = 0; r < rows.Ids.Count; r++)
        {
            writer.WriteField(rows.Ids[r]);
            if (resultAtRow.TryGetValue(r, out FunnelUnitResult result))
            {
                CsvInput.WriteRecord(writer, [
                    RowScorer.Number(result.Value), RowScorer.Number(result.ZScore),
                    RowScorer.Number(result.Lower95), RowScorer.Number(result.Upper95), RowScorer.Number(result.Lower998), RowScorer.Number(result.Upper998),
                    result.HasValue ? Side(result.Outside95) : "", result.HasValue ? Side(result.Outside998) : "", result.Explanation ?? ""]);
            }
            else
            {
                CsvInput.WriteRecord(writer, ["", "", "", "", "", "", "", "", rows.Problems[r] ?? ""]);
            }
        }

        writer.Flush();
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
