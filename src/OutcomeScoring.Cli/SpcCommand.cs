using System.CommandLine;
using System.Globalization;
using CsvHelper;
using OutcomeScoring.Comparison;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>spc</c>: an XmR chart with the Making Data Count rules over a series, one output row per input row:
/// <c>date_or_index,value,centre,lower,upper,signal,rule,assurance</c> (a contract, docs/cli.md).
/// </summary>
internal static class SpcCommand
{
    /// <summary>The names of the directions (also report.json's spc improvement).</summary>
    /// <summary>The readings of rule 3 by name (docs/spc.md); the default is the library's.</summary>
    internal static readonly OptionValues<TwoOfThreeReading> TwoOfThreeReadings = new(("within-limits", TwoOfThreeReading.WithinLimitsSameSide), ("beyond-near-edge", TwoOfThreeReading.BeyondNearEdge));

    internal static readonly OptionValues<ImprovementDirection> Directions = new(
        ("increase", ImprovementDirection.Increase), ("decrease", ImprovementDirection.Decrease), ("neutral", ImprovementDirection.Neutral));

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var seriesArgument = new Argument<FileInfo>("series.csv") { Description = "CSV with a header; one point per row, in time order." };
        var valueOption = new Option<string>("--value") { Description = "The column holding each point's value.", Required = true };
        var dateOption = new Option<string?>("--date") { Description = "A column labelling each point (for example month); by default points are numbered from 1." };
        var improvementOption = Directions.Option(
            "--improvement",
            $"Which way is better: {Directions.Describe(XmrOptions.Default.Direction)}; neutral signals carry no value judgement.",
            XmrOptions.Default.Direction);
        var targetOption = new Option<double?>("--target") { Description = "A target for assurance (consistently pass, consistently fail, or hit and miss)." };
        var twoOfThreeOption = TwoOfThreeReadings.Option(
            "--two-of-three",
            $"How rule 3 (2 of 3 points near a limit) is read: {TwoOfThreeReadings.Describe(XmrOptions.Default.TwoOfThree)}. within-limits: as NHSRplotthedots, a point beyond the limit is not near and all 3 points are on one side of the centre; beyond-near-edge: the earlier reading, any 2 of 3 beyond the near edge.",
            XmrOptions.Default.TwoOfThree);
        var seriesOption = new Option<string?>("--series") { Description = "A column naming each row's series: one chart per value (as NHSRplotthedots' facets), in order of first appearance, with a leading series column; points are numbered within their series." };
        var baselineOption = new Option<int?>("--baseline") { Description = "Fix the centre and limits from the first n points of the series (or of each segment after a rebase); by default every point." };
        var rebaseOption = new Option<int[]>("--rebase-at") { Description = "Row numbers (1-based, in the series) where new limits start; repeat or separate with spaces.", AllowMultipleArgumentsPerToken = true };
        var outputOption = CommandFiles.OutputOption("the chart table");
        var excelSafeOption = CommandFiles.ExcelSafeOption();
        var delimiterOption = CommandFiles.DelimiterOption();
        var command = new Command("spc", "An XmR chart with the NHS England Making Data Count rules: centre, limits, special causes, target assurance." + Usage.Needs("--value <column>"))
        {
            seriesArgument,
            valueOption,
            dateOption,
            improvementOption,
            targetOption,
            twoOfThreeOption,
            seriesOption,
            baselineOption,
            rebaseOption,
            outputOption,
            delimiterOption,
            excelSafeOption,
        };
        command.SetAction(parse =>
        {
            var options = new XmrOptions
            {
                Direction = Directions[parse.GetValue(improvementOption)!],
                Target = parse.GetValue(targetOption),
                TwoOfThree = TwoOfThreeReadings[parse.GetValue(twoOfThreeOption)!],
                BaselineLength = parse.GetValue(baselineOption),
                RebaseAt = [.. (parse.GetValue(rebaseOption) ?? []).Select(r => r - 1)],
            };
            return CommandFiles.WithFiles(parse.GetValue(seriesArgument)!, parse.GetValue(outputOption), CommandFiles.Destination(output, parse.GetValue(excelSafeOption)), error, (reader, writer) =>
                Run(reader, writer, error, parse.GetValue(valueOption)!, parse.GetValue(dateOption), options, parse.GetValue(seriesOption)), CommandFiles.Reading(parse.GetValue(delimiterOption)));
        });
        return command;
    }

    /// <summary>Charts <paramref name="input"/>, one chart per value of <paramref name="seriesColumn"/> when given; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, string valueColumn, string? dateColumn, XmrOptions options, string? seriesColumn = null)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header) || !CsvInput.TryRefuseRepeated(header, error))
        {
            return CliApp.UnusableInput;
        }

        int Find(string name) => CsvInput.Find(header, name);
        int value = Find(valueColumn), date = dateColumn is null ? -1 : Find(dateColumn), seriesAt = seriesColumn is null ? -1 : Find(seriesColumn);
        if (CsvInput.Lacks(header, valueColumn, dateColumn, seriesColumn) is { } lacks)
        {
            error.WriteLine($"error: {lacks}");
            return CliApp.UnusableInput;
        }

        List<(string Name, Series Series)> all = Read(reader, header.Length, value, date, seriesAt, error);
        var charts = new List<XmrChart?>();
        foreach ((string name, Series series) in all)
        {
            if (!CliApp.TryCompute(() => XmrChart.Compute(series.Observations, options), seriesAt < 0 ? error : TextWriter.Null, out XmrChart? chart) && seriesAt < 0)
            {
                return CliApp.UnusableInput;
            }

            charts.Add(chart);
            string prefix = seriesAt < 0 ? "" : $"series {name}: ";
            if (chart is null)
            {
                error.WriteLine($"{prefix}not charted (it needs at least 2 points, and each segment at least 2).");
            }
            else if (chart.HasProvisionalLimits)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: {prefix}the limits are provisional: they come from fewer than {XmrChart.MinimumPointsForFirmLimits} points."));
            }
        }

        Write(output, all, charts, seriesAt >= 0);
        return 0;
    }

    /// <summary>The rows read: every row's label, and the points charted with the (zero-based) row of each.</summary>
    private sealed record Series(List<string> Labels, List<SpcObservation> Observations, List<int> RowOfPoint);

    /// <summary>
    /// Reads every row into its series (one series without a series column), in order of first appearance; a row that
    /// cannot be charted is reported and keeps its label. Without a date column a point's label is its number in its series.
    /// </summary>
    private static List<(string Name, Series Series)> Read(CsvReader reader, int fields, int value, int date, int seriesAt, TextWriter error)
    {
        var all = new List<(string Name, Series Series)>();
        var byName = new Dictionary<string, Series>(StringComparer.Ordinal);
        int row = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            string name = seriesAt >= 0 && seriesAt < record.Length ? record[seriesAt].Trim() : "";
            if (!byName.TryGetValue(name, out Series? series))
            {
                byName[name] = series = new Series([], [], []);
                all.Add((name, series));
            }

            string label = date >= 0 && date < record.Length ? record[date].Trim() : (series.Labels.Count + 1).ToString(CultureInfo.InvariantCulture);
            series.Labels.Add(label);
            string cell = value < record.Length ? record[value].Trim() : "";
            if (record.Length != fields || !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
            {
                string why = record.Length != fields
                    ? CsvInput.FieldCountProblem(record.Length, fields)
                    : $"value '{cell}' is not a number";
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row} ({(seriesAt >= 0 ? name + ", " : "")}{label}): {why}; not charted"));
                continue;
            }

            series.Observations.Add(new SpcObservation(number, label));
            series.RowOfPoint.Add(series.Labels.Count - 1);
        }

        return all;
    }

    /// <summary>Writes one row per input row, series by series: the point's chart values, or blanks for a row not charted.</summary>
    private static void Write(TextWriter output, List<(string Name, Series Series)> all, List<XmrChart?> charts, bool withSeries)
    {
        using CsvOutput writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, [.. withSeries ? ["series"] : Array.Empty<string>(), "date_or_index", "value", "centre", "lower", "upper", "signal", "rule", "assurance"]);
        for (int s = 0; s < all.Count; s++)
        {
            (string name, Series series) = all[s];
            var pointAtRow = new Dictionary<int, XmrPoint>();
            for (int i = 0; charts[s] is { } chart && i < chart.Points.Length; i++)
            {
                pointAtRow[series.RowOfPoint[i]] = chart.Points[i];
            }

            for (int r = 0; r < series.Labels.Count; r++)
            {
                if (withSeries)
                {
                    writer.WriteField(name);
                }

                writer.WriteField(series.Labels[r]);
                if (pointAtRow.TryGetValue(r, out XmrPoint point))
                {
                    CsvInput.WriteRecord(writer, [
                        RowScorer.Number(point.Value), RowScorer.Number(point.Centre), RowScorer.Number(point.LowerLimit), RowScorer.Number(point.UpperLimit),
                        Signal(point.Signal), Rule(point.Rule), Assurance(charts[s]!.Segments[point.Segment].Assurance)]);
                }
                else
                {
                    CsvInput.WriteRecord(writer, ["", "", "", "", "", "", ""]);
                }
            }
        }

        writer.Flush();
    }

    private static string Signal(SpecialCause signal) => signal switch
    {
        SpecialCause.Improvement => "improvement",
        SpecialCause.Concern => "concern",
        SpecialCause.Neutral => "neutral",
        _ => "",
    };

    private static string Rule(SpecialCauseRule rule) => rule switch
    {
        SpecialCauseRule.OutsideLimits => "outside-limits",
        SpecialCauseRule.Trend => "trend",
        SpecialCauseRule.TwoOfThreeNearLimit => "two-of-three",
        SpecialCauseRule.Shift => "shift",
        _ => "",
    };

    private static string Assurance(TargetAssurance assurance) => assurance switch
    {
        TargetAssurance.ConsistentlyPass => "consistently-pass",
        TargetAssurance.ConsistentlyFail => "consistently-fail",
        TargetAssurance.HitAndMiss => "hit-and-miss",
        _ => "",
    };
}
