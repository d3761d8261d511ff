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
        var baselineOption = new Option<int?>("--baseline") { Description = "Fix the centre and limits from the first n points of the series (or of each segment after a rebase); by default every point." };
        var rebaseOption = new Option<int[]>("--rebase-at") { Description = "Row numbers (1-based, in the series) where new limits start; repeat or separate with spaces.", AllowMultipleArgumentsPerToken = true };
        var outputOption = CommandFiles.OutputOption("the chart table");
        var command = new Command("spc", "An XmR chart with the NHS England Making Data Count rules: centre, limits, special causes, target assurance.")
        {
            seriesArgument,
            valueOption,
            dateOption,
            improvementOption,
            targetOption,
            twoOfThreeOption,
            baselineOption,
            rebaseOption,
            outputOption,
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
            return CommandFiles.WithFiles(parse.GetValue(seriesArgument)!, parse.GetValue(outputOption), output, error, (reader, writer) =>
                Run(reader, writer, error, parse.GetValue(valueOption)!, parse.GetValue(dateOption), options));
        });
        return command;
    }

    /// <summary>Charts <paramref name="input"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, string valueColumn, string? dateColumn, XmrOptions options)
    {
        using CsvReader reader = CsvInput.Open(input);
        if (!CsvInput.TryReadHeader(reader, error, out string[] header))
        {
            return CliApp.UnusableInput;
        }

        int Find(string name) => CsvInput.Find(header, name);
        int value = Find(valueColumn), date = dateColumn is null ? -1 : Find(dateColumn);
        if (value < 0 || (dateColumn is not null && date < 0))
        {
            error.WriteLine($"error: the header lacks the column {(value < 0 ? valueColumn : dateColumn)}.");
            return CliApp.UnusableInput;
        }

        Series series = Read(reader, header.Length, value, date, error);
        if (!CliApp.TryCompute(() => XmrChart.Compute(series.Observations, options), error, out XmrChart? chart))
        {
            return CliApp.UnusableInput;
        }

        Write(output, chart, series);
        if (chart.HasProvisionalLimits)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: the limits are provisional: they come from fewer than {XmrChart.MinimumPointsForFirmLimits} points."));
        }

        return 0;
    }

    /// <summary>The rows read: every row's label, and the points charted with the (zero-based) row of each.</summary>
    private sealed record Series(List<string> Labels, List<SpcObservation> Observations, List<int> RowOfPoint);

    /// <summary>Reads every row; a row that cannot be charted is reported and keeps its label.</summary>
    private static Series Read(CsvReader reader, int fields, int value, int date, TextWriter error)
    {
        var series = new Series([], [], []);
        int row = 0;
        while (reader.Read())
        {
            row++;
            string[] record = reader.Current.ToArray();
            string label = date >= 0 && date < record.Length ? record[date].Trim() : row.ToString(CultureInfo.InvariantCulture);
            series.Labels.Add(label);
            string cell = value < record.Length ? record[value].Trim() : "";
            if (record.Length != fields || !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
            {
                string why = record.Length != fields
                    ? string.Create(CultureInfo.InvariantCulture, $"row has {record.Length} fields but the header has {fields}")
                    : $"value '{cell}' is not a number";
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {row} ({label}): {why}; not charted"));
                continue;
            }

            series.Observations.Add(new SpcObservation(number, label));
            series.RowOfPoint.Add(row - 1);
        }

        return series;
    }

    /// <summary>Writes one row per input row: the point's chart values, or blanks for a row not charted.</summary>
    private static void Write(TextWriter output, XmrChart chart, Series series)
    {
        var pointAtRow = new Dictionary<int, XmrPoint>();
        for (int i = 0; i < chart.Points.Length; i++)
        {
            pointAtRow[series.RowOfPoint[i]] = chart.Points[i];
        }

        using CsvWriter writer = CsvInput.CreateWriter(output);
        CsvInput.WriteRecord(writer, ["date_or_index", "value", "centre", "lower", "upper", "signal", "rule", "assurance"]);
        for (int r = 0; r < series.Labels.Count; r++)
        {
            writer.WriteField(series.Labels[r]);
            if (pointAtRow.TryGetValue(r, out XmrPoint point))
            {
                CsvInput.WriteRecord(writer, [
                    RowScorer.Number(point.Value), RowScorer.Number(point.Centre), RowScorer.Number(point.LowerLimit), RowScorer.Number(point.UpperLimit),
                    Signal(point.Signal), Rule(point.Rule), Assurance(chart.Segments[point.Segment].Assurance)]);
            }
            else
            {
                CsvInput.WriteRecord(writer, ["", "", "", "", "", "", ""]);
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
