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

    /// <summary>The names of the methods <c>funnel --method</c> takes: those for proportions, and exact Poisson for ratios.</summary>
    internal static readonly OptionValues<FunnelMethod> CommandMethods = new(
        ("normal", FunnelMethod.Normal), ("exact", FunnelMethod.ExactBinomial), ("arcsine", FunnelMethod.Arcsine), ("poisson", FunnelMethod.ExactPoisson));

    /// <summary>What the units are: one option per column the indicator reads, each option given with the others of its group.</summary>
    private sealed record Indicator(string Name, Option<string>[] Columns, string[] Methods);

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var unitsArgument = new Argument<FileInfo>("units.csv") { Description = "CSV with a header; one unit per row (a numerator and denominator, a mean, SD and size, or observed and expected counts)." };
        var unitOption = new Option<string>("--unit") { Description = "The column naming each unit (default: unit).", DefaultValueFactory = _ => "unit" };
        Option<string> Column(string name, string description) => new(name) { Description = description };
        var proportion = new Indicator("a proportion", [
            Column("--numerator", "Proportions: the column with each unit's numerator (for example positive responses)."),
            Column("--denominator", "Proportions: the column with each unit's denominator (for example total responses)."),
        ], ["normal", "exact", "arcsine"]);
        var mean = new Indicator("a mean", [
            Column("--mean", "Means: the column with each unit's mean score."),
            Column("--sd", "Means: the column with each unit's standard deviation (pooled into one within-unit SD)."),
            Column("--size", "Means: the column with each unit's number of people."),
        ], ["normal"]);
        var ratio = new Indicator("an observed/expected ratio", [
            Column("--observed", "Ratios: the column with each unit's observed count."),
            Column("--expected", "Ratios: the column with each unit's expected count."),
        ], ["poisson"]);
        Indicator[] indicators = [proportion, mean, ratio];
        var targetOption = new Option<double?>("--target") { Description = "The target t0: a proportion (0-1), a mean, or a ratio (above 0); by default the pooled value (1 for ratios)." };
        var overdispersionOption = Adjustments.Option(
            "--overdispersion",
            $"Over-dispersion adjustment: {Adjustments.Describe(FunnelOptions.Default.Overdispersion)} (Spiegelhalter 2005; Winsorised phi).",
            FunnelOptions.Default.Overdispersion);
        var methodOption = CommandMethods.Option(
            "--method",
            $"Limits: {Usage.OneOf(CommandMethods.Names)}; by default {CommandMethods.NameOf(FunnelOptions.DefaultProportionMethod)} for proportions and means, poisson for ratios. exact is binomial with interpolation (proportions); poisson is exact Poisson (ratios, the only method for them).");
        var outputOption = CommandFiles.OutputOption("the table");
        var excelSafeOption = CommandFiles.ExcelSafeOption();
        var delimiterOption = CommandFiles.DelimiterOption();
        var command = new Command("funnel", "Funnel limits (95% and 99.8%) for a proportion, a mean or an observed/expected ratio per unit, with each unit's z-score and side. Comparisons of providers are exploratory." + Usage.Needs("--numerator <column> and --denominator <column> (proportions), --mean, --sd and --size <column> (means), or --observed and --expected <column> (ratios); each unit named in the 'unit' column unless --unit names another"))
        {
            unitsArgument,
            unitOption,
        };
        foreach (Option<string> column in indicators.SelectMany(i => i.Columns))
        {
            command.Options.Add(column);
        }

        foreach (Option option in new Option[] { targetOption, overdispersionOption, methodOption, outputOption, delimiterOption, excelSafeOption })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result => Validate(result, indicators, methodOption));
        command.SetAction(parse =>
        {
            var options = new FunnelOptions
            {
                Target = parse.GetValue(targetOption),
                Method = parse.GetValue(methodOption) is { } method ? CommandMethods[method] : null,
                Overdispersion = Adjustments[parse.GetValue(overdispersionOption)!],
            };
            Indicator chosen = indicators.Single(i => parse.GetValue(i.Columns[0]) is not null);
            string[] names = [.. chosen.Columns.Select(c => parse.GetValue(c)!)];
            Func<TextReader, TextWriter, int> run = chosen == proportion
                ? (reader, writer) => Run(reader, writer, error, parse.GetValue(unitOption)!, names[0], names[1], options)
                : chosen == mean
                    ? (reader, writer) => RunMeans(reader, writer, error, parse.GetValue(unitOption)!, names, options)
                    : (reader, writer) => RunRatios(reader, writer, error, parse.GetValue(unitOption)!, names, options);
            return CommandFiles.WithFiles(parse.GetValue(unitsArgument)!, parse.GetValue(outputOption), CommandFiles.Destination(output, parse.GetValue(excelSafeOption)), error, run, CommandFiles.Reading(parse.GetValue(delimiterOption)));
        });
        return command;
    }

    /// <summary>Exactly one indicator's columns, all of them.</summary>
    private static void Validate(System.CommandLine.Parsing.CommandResult result, Indicator[] indicators, Option<string?> methodOption)
    {
        Indicator[] given = [.. indicators.Where(i => i.Columns.Any(c => result.GetValue(c) is not null))];
        if (given.Length != 1)
        {
            result.AddError(
                (given.Length == 0 ? "Say what the units are: give" : "Give the columns of one kind of funnel only:")
                + " --numerator and --denominator (a proportion per unit), --mean, --sd and --size (a mean per unit), or --observed and --expected (an observed/expected ratio per unit).");
            return;
        }

        string[] missing = [.. given[0].Columns.Where(c => result.GetValue(c) is null).Select(c => c.Name)];
        if (missing.Length > 0)
        {
            result.AddError($"A funnel for {given[0].Name} per unit also needs {string.Join(" and ", missing)}.");
        }

        if (result.GetValue(methodOption) is { } method && !given[0].Methods.Contains(method))
        {
            result.AddError($"--method {method} does not apply to {given[0].Name} per unit; it takes {Usage.OneOf(given[0].Methods)}.");
        }
    }

    /// <summary>Computes the funnel for <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, string unitColumn, string numeratorColumn, string denominatorColumn, FunnelOptions options) =>
        Run<ProportionUnit>(input, output, error, unitColumn, [numeratorColumn, denominatorColumn], ReadProportion, units => FunnelChart.ForProportions(units, options));

    /// <summary>Computes a funnel of means (columns: mean, SD, size), with the SD pooled over the units; returns the exit code.</summary>
    private static int RunMeans(TextReader input, TextWriter output, TextWriter error, string unitColumn, string[] columns, FunnelOptions options)
    {
        var spreads = new List<UnitSpread>();
        return Run<MeanUnit>(
            input,
            output,
            error,
            unitColumn,
            columns,
            (string[] cells, string[] names, string id, out MeanUnit unit) => ReadMean(cells, names, id, spreads, out unit),
            units => FunnelChart.ForMeans(units, FunnelChart.PooledStandardDeviation(spreads), options));
    }

    /// <summary>Computes an observed/expected ratio funnel (columns: observed, expected); returns the exit code.</summary>
    private static int RunRatios(TextReader input, TextWriter output, TextWriter error, string unitColumn, string[] columns, FunnelOptions options) =>
        Run<RatioUnit>(input, output, error, unitColumn, columns, ReadRatio, units => FunnelChart.ForRatios(units, options));

    /// <summary>Reads one unit from its cells (in the order of the indicator's columns): the unit, or the reason the row cannot be used.</summary>
    private delegate string? UnitReader<T>(string[] cells, string[] names, string id, out T unit);

    private static int Run<T>(TextReader input, TextWriter output, TextWriter error, string unitColumn, string[] valueColumns, UnitReader<T> readUnit, Func<List<T>, FunnelChart> compute)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
        {
            return CliApp.UnusableInput;
        }

        (string Name, int Index)[] columns = [.. new[] { unitColumn }.Concat(valueColumns).Select(name => (name, CsvInput.Find(header, name)))];
        if (CsvInput.Lacks(header, columns.Select(c => c.Name)) is { } lacks)
        {
            error.WriteLine($"error: {lacks}");
            return CliApp.UnusableInput;
        }

        Rows<T> rows = Read(reader, header.Length, columns, readUnit, error);
        if (!CliApp.TryCompute(() => compute(rows.Units), error, out FunnelChart? chart))
        {
            return CliApp.UnusableInput;
        }

        Write(output, chart, rows.Ids, rows.Problems, rows.UnitRow);
        string pooledSd = chart.StandardDeviation is { } sigma ? string.Create(CultureInfo.InvariantCulture, $", pooled SD {sigma:R}") : "";
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: target {chart.Target:R} ({(chart.IsTargetPooled ? "pooled" : "given")}), method {chart.Method}, over-dispersion {chart.Overdispersion} (phi {chart.Phi:R}, tau2 {chart.Tau2:R}){pooledSd}. Comparisons of providers are exploratory."));
        return 0;
    }

    /// <summary>The rows read: every row's unit id and problem (or none), and the units charted with the (zero-based) row of each.</summary>
    private sealed record Rows<T>(List<string> Ids, List<string?> Problems, List<T> Units, List<int> UnitRow);

    /// <summary>Reads every row; a row that cannot be used is reported and keeps its problem for the error column.</summary>
    private static Rows<T> Read<T>(CsvReader reader, int fields, (string Name, int Index)[] columns, UnitReader<T> readUnit, TextWriter error)
    {
        int unit = columns[0].Index;
        string[] names = [.. columns.Skip(1).Select(c => c.Name)];
        var rows = new Rows<T>([], [], [], []);
        int row = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            string id = unit < record.Length ? record[unit].Trim() : "";
            rows.Ids.Add(id);
            T value = default!;
            string? problem = record.Length != fields
                ? CsvInput.FieldCountProblem(record.Length, fields)
                : id.Length == 0 ? $"no {columns[0].Name}"
                : readUnit([.. columns.Skip(1).Select(c => record[c.Index].Trim())], names, id, out value);
            rows.Problems.Add(problem);
            if (problem is null)
            {
                rows.Units.Add(value);
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
    private static void Write(TextWriter output, FunnelChart chart, List<string> ids, List<string?> problems, List<int> unitRow)
    {
        var resultAtRow = new Dictionary<int, FunnelUnitResult>();
        for (int i = 0; i < chart.Units.Length; i++)
        {
            resultAtRow[unitRow[i]] = chart.Units[i];
        }

        using CsvOutput writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, ["unit", "value", "z", "lower95", "upper95", "lower998", "upper998", "outside95", "outside998", "error"]);
        for (int r = 0; r < ids.Count; r++)
        {
            writer.WriteField(ids[r]);
            if (resultAtRow.TryGetValue(r, out FunnelUnitResult result))
            {
                CsvInput.WriteRecord(writer, [
                    RowScorer.Number(result.Value), RowScorer.Number(result.ZScore),
                    RowScorer.Number(result.Lower95), RowScorer.Number(result.Upper95), RowScorer.Number(result.Lower998), RowScorer.Number(result.Upper998),
                    result.HasValue ? Side(result.Outside95) : "", result.HasValue ? Side(result.Outside998) : "", result.Explanation ?? ""]);
            }
            else
            {
                CsvInput.WriteRecord(writer, ["", "", "", "", "", "", "", "", problems[r] ?? ""]);
            }
        }

        writer.Flush();
    }

    /// <summary>Reads a row's counts once: the reason it cannot be used, or <see langword="null"/> with the unit.</summary>
    private static string? ReadProportion(string[] cells, string[] names, string id, out ProportionUnit unit)
    {
        unit = default;
        if (!long.TryParse(cells[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n))
        {
            return $"{names[0]} '{cells[0]}' is not a whole number";
        }

        if (!long.TryParse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long d))
        {
            return $"{names[1]} '{cells[1]}' is not a whole number";
        }

        if (n < 0 || d < 0)
        {
            return "counts cannot be negative";
        }

        unit = new ProportionUnit(id, n, d);
        return n > d ? string.Create(CultureInfo.InvariantCulture, $"{names[0]} {n} exceeds {names[1]} {d}") : null;
    }

    /// <summary>
    /// Reads a row's mean, SD and size: the reason it cannot be used, or <see langword="null"/> with the unit (its SD added to
    /// <paramref name="spreads"/>). The SD may be blank when the size is below 2 (it is not used then).
    /// </summary>
    private static string? ReadMean(string[] cells, string[] names, string id, List<UnitSpread> spreads, out MeanUnit unit)
    {
        unit = default;
        if (!long.TryParse(cells[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long size) || size < 0)
        {
            return $"{names[2]} '{cells[2]}' is not a whole number of 0 or more";
        }

        double mean = 0;
        if (size > 0 && !TryFinite(cells[0], out mean))
        {
            return $"{names[0]} '{cells[0]}' is not a number";
        }

        double sd = 0;
        if (size >= 2 && (!TryFinite(cells[1], out sd) || sd < 0))
        {
            return $"{names[1]} '{cells[1]}' is not a number of 0 or more";
        }

        spreads.Add(new UnitSpread(size, sd));
        unit = new MeanUnit(id, mean, size);
        return null;
    }

    /// <summary>Reads a row's observed and expected counts: the reason it cannot be used, or <see langword="null"/> with the unit.</summary>
    private static string? ReadRatio(string[] cells, string[] names, string id, out RatioUnit unit)
    {
        unit = default;
        if (!long.TryParse(cells[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long observed) || observed < 0)
        {
            return $"{names[0]} '{cells[0]}' is not a whole number of 0 or more";
        }

        if (!TryFinite(cells[1], out double expected) || expected < 0)
        {
            return $"{names[1]} '{cells[1]}' is not a number of 0 or more";
        }

        unit = new RatioUnit(id, observed, expected);
        return null;
    }

    private static bool TryFinite(string cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Side(FunnelSide side) => side switch
    {
        FunnelSide.Above => "above",
        FunnelSide.Below => "below",
        _ => "no",
    };
}
